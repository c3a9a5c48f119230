package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import org.immutables.value.Value;

/** Answer to {@code BatchDeleteTags}, which has no content: the service replies 204 when the call succeeds. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = BatchDeleteTagsResponse.class)
@JsonDeserialize(as = BatchDeleteTagsResponse.class)
abstract class BatchDeleteTagsResponseDef {}
