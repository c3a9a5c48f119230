package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import org.immutables.value.Value;

/** Answer to {@code BatchCreateTags}, which has no content: the service replies 204 when the call succeeds. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BatchCreateTagsResponse.Builder.class)
abstract class BatchCreateTagsResponseDef {}
