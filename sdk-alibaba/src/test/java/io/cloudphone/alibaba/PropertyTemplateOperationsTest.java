package io.cloudphone.alibaba;

import static io.cloudphone.alibaba.WireParams.json;
import static io.cloudphone.alibaba.WireParams.jsonExact;
import static io.cloudphone.alibaba.WireParams.operationQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.cloudphone.alibaba.model.CreateSystemPropertyTemplateRequest;
import io.cloudphone.alibaba.model.CreateSystemPropertyTemplateResponse;
import io.cloudphone.alibaba.model.CustomPropertyInfo;
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
import io.cloudphone.alibaba.model.SystemPropertyInfo;
import io.cloudphone.alibaba.model.SystemPropertyTemplate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Android system property template operations on the wire: {@code SystemPropertyInfo} sent as ONE JSON-encoded
 * query parameter (not flattened), {@code SendSystemPropertyTemplate}'s instance ids in the form body and its
 * template ids in the query, the listing paged by NextToken.
 *
 * <p>Fixtures: {@code DeleteSystemPropertyTemplates}, {@code GetInstanceProperties} and
 * {@code SendSystemPropertyTemplate} are Alibaba's documented example responses verbatim;
 * {@code DescribeSystemPropertyTemplates} is the documented example as far as the reference prints it, completed
 * from its per-field example values; {@code CreateSystemPropertyTemplate} and {@code ModifySystemPropertyTemplate}
 * are built from the official SDK's field tables (RequestId and TemplateId, with documented example ids).
 */
class PropertyTemplateOperationsTest extends AlibabaWireTest {

  private static CustomPropertyInfo prop(String name, String value) {
    return CustomPropertyInfo.builder().propertyName(name).propertyValue(value).build();
  }

  @Test
  void createSystemPropertyTemplate_propertyInfo_sentAsOneJsonStringInQuery() {
    enqueueFixture("CreateSystemPropertyTemplate");

    CreateSystemPropertyTemplateResponse response = client.createSystemPropertyTemplate(
        CreateSystemPropertyTemplateRequest.builder().templateName("模板1").enableAuto(true)
            .filePath("https://filepath****.com")
            .systemPropertyInfo(SystemPropertyInfo.builder().roProductBrand("Acme").roProductModel("A1 \"Pro\"")
                .rwRoSerialNo("SN-1").addCustomPropertyInfos(prop("propKey", "propValue"), prop("persist.x", "1"))
                .build())
            .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("CreateSystemPropertyTemplate");
    Map<String, String> query = operationQuery(sent);
    assertThat(query).containsOnlyKeys("EnableAuto", "FilePath", "SystemPropertyInfo", "TemplateName");
    assertThat(query).contains(entry("EnableAuto", "true"), entry("FilePath", "https://filepath****.com"),
        entry("TemplateName", "模板1"));
    assertThat(jsonExact(query.get("SystemPropertyInfo"))).isEqualTo(jsonExact(
        "{\"CustomPropertyInfos\":[{\"PropertyName\":\"propKey\",\"PropertyValue\":\"propValue\"},"
            + "{\"PropertyName\":\"persist.x\",\"PropertyValue\":\"1\"}],"
            + "\"RoProductBrand\":\"Acme\",\"RoProductModel\":\"A1 \\\"Pro\\\"\",\"RwRoSerialNo\":\"SN-1\"}"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.templateId()).hasValue("ap-0caoenwutkkx****");
  }

  @Test
  void createSystemPropertyTemplate_noCustomProperties_jsonLeavesTheEmptyListOut() {
    enqueueFixture("CreateSystemPropertyTemplate");

    client.createSystemPropertyTemplate(CreateSystemPropertyTemplateRequest.builder().templateName("Template1")
        .systemPropertyInfo(SystemPropertyInfo.builder().roBuildId("UP1A").build()).build());

    Map<String, String> query = operationQuery(takeRequest());
    assertThat(json(query.get("SystemPropertyInfo"))).isEqualTo(json("{'RoBuildId':'UP1A'}"));
  }

  @Test
  void createSystemPropertyTemplate_nameOnly_noJsonParameterAtAll() {
    enqueueFixture("CreateSystemPropertyTemplate");

    client.createSystemPropertyTemplate(CreateSystemPropertyTemplateRequest.builder().templateName("Template1").build());

    assertThat(operationQuery(takeRequest())).containsOnly(entry("TemplateName", "Template1"));
  }

  @Test
  void modifySystemPropertyTemplate_everyParameter_jsonStringInQueryAndTemplateIdParsed() {
    enqueueFixture("ModifySystemPropertyTemplate");

    ModifySystemPropertyTemplateResponse response = client.modifySystemPropertyTemplate(
        ModifySystemPropertyTemplateRequest.builder().templateId("ap-0caoenwutkkx****").templateName("Template2")
            .enableAuto(false).filePath("https://filepath****.com")
            .systemPropertyInfo(SystemPropertyInfo.builder().addCustomPropertyInfos(prop("k", "v")).build()).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ModifySystemPropertyTemplate");
    Map<String, String> query = operationQuery(sent);
    assertThat(query).containsOnlyKeys("EnableAuto", "FilePath", "SystemPropertyInfo", "TemplateId", "TemplateName");
    assertThat(query).contains(entry("TemplateId", "ap-0caoenwutkkx****"), entry("EnableAuto", "false"));
    assertThat(json(query.get("SystemPropertyInfo")))
        .isEqualTo(json("{'CustomPropertyInfos':[{'PropertyName':'k','PropertyValue':'v'}]}"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.templateId()).hasValue("ap-0caoenwutkkx****");
  }

  @Test
  void deleteSystemPropertyTemplates_ids_flattenedInQueryAndStatusParsed() {
    enqueueFixture("DeleteSystemPropertyTemplates");

    DeleteSystemPropertyTemplatesResponse response = client.deleteSystemPropertyTemplates(
        DeleteSystemPropertyTemplatesRequest.builder().addTemplateIds("ap-6f1z5z9d85qq7****", "ap-2").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DeleteSystemPropertyTemplates");
    assertThat(operationQuery(sent)).containsOnly(entry("TemplateIds.1", "ap-6f1z5z9d85qq7****"),
        entry("TemplateIds.2", "ap-2"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.code()).hasValue("200");
    assertThat(response.message()).hasValue("Success.");
    assertThat(response.requestId()).hasValue("5C5CEF0A-D6E1-58D3-8750-67DB4F82****");
  }

  @Test
  void describeSystemPropertyTemplates_filters_sentAsQueryAndTemplateParsed() {
    enqueueFixture("DescribeSystemPropertyTemplates");

    DescribeSystemPropertyTemplatesResponse response = client.describeSystemPropertyTemplates(
        DescribeSystemPropertyTemplatesRequest.builder().maxResults(10).nextToken("AAAAAV3MpHK1AP0pfERHZN5pu6k****")
            .addTemplateIds("ap-0caoenwutkkx****").templateName("模板1").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeSystemPropertyTemplates");
    assertThat(operationQuery(sent)).containsOnly(entry("MaxResults", "10"),
        entry("NextToken", "AAAAAV3MpHK1AP0pfERHZN5pu6k****"), entry("TemplateIds.1", "ap-0caoenwutkkx****"),
        entry("TemplateName", "模板1"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.totalCount()).hasValue(10);
    assertThat(response.nextToken()).hasValue("AAAAAV3MpHK1AP0pfERHZN5pu6kU****");
    SystemPropertyTemplate template = response.systemPropertyTemplateModel().get(0);
    assertThat(template.templateId()).hasValue("ap-0caoenwutkkx****");
    assertThat(template.templateName()).hasValue("模板1");
    assertThat(template.status()).hasValue("init");
    assertThat(template.filePath()).hasValue("https://filepath****.com");
    assertThat(template.enableAuto()).hasValue(true);
    SystemPropertyInfo info = template.systemPropertyInfo().orElseThrow();
    assertThat(info.roProductDevice()).hasValue("null");
    assertThat(info.customPropertyInfos()).containsExactly(prop("propKey", "propValue"));
  }

  @Test
  void describeSystemPropertyTemplatesPaged_twoPages_itemsInOrder() {
    enqueueJson(200, "{'SystemPropertyTemplateModel':[{'TemplateId':'ap-1'}],'NextToken':'n+1/*','TotalCount':2}"
        .replace('\'', '"'));
    enqueueJson(200, "{'SystemPropertyTemplateModel':[{'TemplateId':'ap-2'}],'TotalCount':2}".replace('\'', '"'));

    List<String> ids = client.describeSystemPropertyTemplatesPaged(DescribeSystemPropertyTemplatesRequest.builder().build())
        .stream().map(t -> t.templateId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("ap-1", "ap-2");
    assertThat(operationQuery(takeRequest())).isEmpty();
    assertThat(operationQuery(takeRequest())).containsOnly(entry("NextToken", "n+1/*"));
  }

  @Test
  void getInstanceProperties_instanceId_sentAsQueryAndContentKeptVerbatim() {
    enqueueFixture("GetInstanceProperties");

    GetInstancePropertiesResponse response = client.getInstanceProperties(GetInstancePropertiesRequest.builder()
        .instanceId("cpn-2ofr9kf41apy3****-014").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("GetInstanceProperties");
    assertThat(operationQuery(sent)).containsOnly(entry("InstanceId", "cpn-2ofr9kf41apy3****-014"));
    assertThat(sent.form()).isEmpty();
    // The content is JSON text inside the JSON answer ("propties" is the service's own spelling).
    assertThat(response.propertyTemplateModel().flatMap(m -> m.content()))
        .hasValue("{ \"propties\":{\"key1\":\"value1\"}}");
  }

  @Test
  void getInstanceProperties_withoutOrBlankInstanceId_refusedBeforeSending() {
    assertThatThrownBy(() -> GetInstancePropertiesRequest.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("instanceId");
    assertThatThrownBy(() -> client.getInstanceProperties(GetInstancePropertiesRequest.builder().instanceId(" ").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("InstanceId ");
    assertNothingSent();
  }

  @Test
  void sendSystemPropertyTemplate_instancesInFormTemplatesInQuery() {
    enqueueFixture("SendSystemPropertyTemplate");

    SendSystemPropertyTemplateResponse response = client.sendSystemPropertyTemplate(
        SendSystemPropertyTemplateRequest.builder().templateId("ap-angyvganxlf****")
            .addTemplateIds("ap-0caoenwutkkxb0****", "ap-2").addAndroidInstanceIds("cpn-25nt4kk9whhok****", "acp-2")
            .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("SendSystemPropertyTemplate");
    assertThat(operationQuery(sent)).containsOnly(entry("TemplateId", "ap-angyvganxlf****"),
        entry("TemplateIds.1", "ap-0caoenwutkkxb0****"), entry("TemplateIds.2", "ap-2"));
    assertThat(sent.form()).containsOnly(entry("AndroidInstanceIds.1", "cpn-25nt4kk9whhok****"),
        entry("AndroidInstanceIds.2", "acp-2"));
    assertThat(response.requestId()).hasValue("1CBAFFAB-B697-4049-A9B1-67E1FC******");
  }

  @Test
  void templateRequests_outsideDocumentedLimits_refusedNamingTheField() {
    assertThatThrownBy(() -> CreateSystemPropertyTemplateRequest.builder().templateName("x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("TemplateName ");
    assertThatThrownBy(() -> ModifySystemPropertyTemplateRequest.builder().templateId("ap-1")
        .templateName("x".repeat(33)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("TemplateName ");
    assertThatThrownBy(() -> ModifySystemPropertyTemplateRequest.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("templateId");
    assertThatThrownBy(() -> DeleteSystemPropertyTemplatesRequest.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("TemplateIds ");
    assertThatThrownBy(() -> SendSystemPropertyTemplateRequest.builder().templateId("ap-1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("AndroidInstanceIds ");
    assertNothingSent();
  }
}
