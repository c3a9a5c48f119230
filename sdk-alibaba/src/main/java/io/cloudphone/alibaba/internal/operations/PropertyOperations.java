package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.CreateSystemPropertyTemplateRequest;
import io.cloudphone.alibaba.model.CreateSystemPropertyTemplateResponse;
import io.cloudphone.alibaba.model.DeleteSystemPropertyTemplatesRequest;
import io.cloudphone.alibaba.model.DeleteSystemPropertyTemplatesResponse;
import io.cloudphone.alibaba.model.DescribeSystemPropertyTemplatesRequest;
import io.cloudphone.alibaba.model.DescribeSystemPropertyTemplatesResponse;
import io.cloudphone.alibaba.model.GetInstancePropertiesRequest;
import io.cloudphone.alibaba.model.GetInstancePropertiesResponse;
import io.cloudphone.alibaba.model.ModifySystemPropertyTemplateRequest;
import io.cloudphone.alibaba.model.ModifySystemPropertyTemplateResponse;
import io.cloudphone.alibaba.model.SendSystemPropertyTemplateRequest;
import io.cloudphone.alibaba.model.SendSystemPropertyTemplateResponse;
import io.cloudphone.core.internal.Operation;

/** Android system property template operations of eds-aic 2023-09-30, declared as data; unlisted parameters go to the query. */
public final class PropertyOperations {
  private PropertyOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** CreateSystemPropertyTemplate: creates a property template; SystemPropertyInfo travels as one JSON string. */
  public static final Operation<CreateSystemPropertyTemplateRequest, CreateSystemPropertyTemplateResponse> CREATE_SYSTEM_PROPERTY_TEMPLATE =
      Operation.builder("CreateSystemPropertyTemplate", POST, "/", CreateSystemPropertyTemplateRequest.class, CreateSystemPropertyTemplateResponse.class)
          .jsonString("SystemPropertyInfo")
          .docUrl(DOCS + "createsystempropertytemplate")
          .build();

  /** DeleteSystemPropertyTemplates: deletes property templates. */
  public static final Operation<DeleteSystemPropertyTemplatesRequest, DeleteSystemPropertyTemplatesResponse> DELETE_SYSTEM_PROPERTY_TEMPLATES =
      Operation.builder("DeleteSystemPropertyTemplates", POST, "/", DeleteSystemPropertyTemplatesRequest.class, DeleteSystemPropertyTemplatesResponse.class)
          .docUrl(DOCS + "deletesystempropertytemplates")
          .build();

  /** DescribeSystemPropertyTemplates: one page of property templates. */
  public static final Operation<DescribeSystemPropertyTemplatesRequest, DescribeSystemPropertyTemplatesResponse> DESCRIBE_SYSTEM_PROPERTY_TEMPLATES =
      Operation.builder("DescribeSystemPropertyTemplates", POST, "/", DescribeSystemPropertyTemplatesRequest.class, DescribeSystemPropertyTemplatesResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describesystempropertytemplates")
          .build();

  /** GetInstanceProperties: all system properties (getprop) of one instance. */
  public static final Operation<GetInstancePropertiesRequest, GetInstancePropertiesResponse> GET_INSTANCE_PROPERTIES =
      Operation.builder("GetInstanceProperties", POST, "/", GetInstancePropertiesRequest.class, GetInstancePropertiesResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "getinstanceproperties")
          .build();

  /** ModifySystemPropertyTemplate: changes a property template; SystemPropertyInfo travels as one JSON string. */
  public static final Operation<ModifySystemPropertyTemplateRequest, ModifySystemPropertyTemplateResponse> MODIFY_SYSTEM_PROPERTY_TEMPLATE =
      Operation.builder("ModifySystemPropertyTemplate", POST, "/", ModifySystemPropertyTemplateRequest.class, ModifySystemPropertyTemplateResponse.class)
          .jsonString("SystemPropertyInfo")
          .docUrl(DOCS + "modifysystempropertytemplate")
          .build();

  /** SendSystemPropertyTemplate: applies templates to instances; the instance ids travel in the form body. */
  public static final Operation<SendSystemPropertyTemplateRequest, SendSystemPropertyTemplateResponse> SEND_SYSTEM_PROPERTY_TEMPLATE =
      Operation.builder("SendSystemPropertyTemplate", POST, "/", SendSystemPropertyTemplateRequest.class, SendSystemPropertyTemplateResponse.class)
          .form("AndroidInstanceIds")
          .docUrl(DOCS + "sendsystempropertytemplate")
          .build();
}
