package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.AddImageMemberRequest;
import io.cloudphone.huawei.model.AuthorizeScheduledEventRequest;
import io.cloudphone.huawei.model.BatchCreateTagsRequest;
import io.cloudphone.huawei.model.BatchDeleteTagsRequest;
import io.cloudphone.huawei.model.ChangeCloudPhoneServerModelRequest;
import io.cloudphone.huawei.model.CloudPhonePropertyUpdate;
import io.cloudphone.huawei.model.CreateNet2CloudPhoneServerRequest;
import io.cloudphone.huawei.model.CreateNet2CloudPhoneServerResponse;
import io.cloudphone.huawei.model.CustomNetworkBandwidth;
import io.cloudphone.huawei.model.DeleteCloudPhoneServerRequest;
import io.cloudphone.huawei.model.DeleteImageMemberRequest;
import io.cloudphone.huawei.model.DeleteImageRequest;
import io.cloudphone.huawei.model.DeleteShareAppsRequest;
import io.cloudphone.huawei.model.ExpandPhoneDataVolumeSizeRequest;
import io.cloudphone.huawei.model.ListCloudPhoneServersRequest;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ListImageMembersRequest;
import io.cloudphone.huawei.model.ListImagesRequest;
import io.cloudphone.huawei.model.ListProjectTagsRequest;
import io.cloudphone.huawei.model.ListResourceInstancesRequest;
import io.cloudphone.huawei.model.ListResourceTagsRequest;
import io.cloudphone.huawei.model.ListScheduledEventsRequest;
import io.cloudphone.huawei.model.ListShareAppsSnapshotRequest;
import io.cloudphone.huawei.model.NewElasticIp;
import io.cloudphone.huawei.model.PhoneVolumeExpansion;
import io.cloudphone.huawei.model.PushShareAppsRequest;
import io.cloudphone.huawei.model.ResourceTag;
import io.cloudphone.huawei.model.ServerBillingParam;
import io.cloudphone.huawei.model.ServerKeypair;
import io.cloudphone.huawei.model.ServerNic;
import io.cloudphone.huawei.model.ServerPublicIp;
import io.cloudphone.huawei.model.ShowBandwidthDetailRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneServerDetailRequest;
import io.cloudphone.huawei.model.TagFilter;
import io.cloudphone.huawei.model.UpdateBandwidthRequest;
import io.cloudphone.huawei.model.UpdateCloudPhonePropertyRequest;
import io.cloudphone.huawei.model.UpdateKeypairRequest;
import io.cloudphone.huawei.model.UpdateServerNameRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Resource families of FakeHuaweiCph through the typed client: create, list, describe, change, delete. */
class FakeHuaweiCphScenarioTest {
  private final FakeHuaweiCph fake = FakeHuaweiCph.start(Fleet.builder().servers(2).phonesPerServer(2).build(),
      FaultPlan.none(), FakeTime.manual());
  private final HuaweiCphClient cph = fake.client();

  @AfterEach
  void close() {
    fake.close();
  }

  private CreateNet2CloudPhoneServerRequest buy(String name, int count) {
    return CreateNet2CloudPhoneServerRequest.builder().serverName(name).serverModelName("physical.rx1.xlarge")
        .phoneModelName("rx1.cp.c60.d10GPSSD.e1v1").imageId("8f0bd1bd4ab84a0f8a2e6e8d4b5fa3c1").count(count)
        .bandWidth(CustomNetworkBandwidth.builder().bandWidthShareType(1).bandWidthChargeMode(0)
            .bandWidthId(fake.bandwidthIds().get(0)).build())
        .extendParam(ServerBillingParam.builder().chargingMode(0).periodType(2).periodNum(1).build())
        .tenantVpcId("9a11e291-967f-4dd6-99bd-9be54f10583c")
        .addNics(ServerNic.builder().subnetId("c7f9983d-03ca-4a2e-a0e1-d6bd97174669").build())
        .publicIp(ServerPublicIp.builder().eip(NewElasticIp.builder().type("5_bgp").build()).build())
        .keypairName("testkit-keypair").build();
  }

  @Test
  void servers_buyListShowRenameChangeFlavorDelete_onTheFakeClock() {
    CreateNet2CloudPhoneServerResponse bought = cph.createNet2CloudPhoneServer(buy("shop", 2));
    String server = bought.serverIds().get(0);

    assertThat(bought.serverIds()).hasSize(2);
    assertThat(bought.orderId()).isPresent();
    assertThat(cph.listCloudPhoneServers(ListCloudPhoneServersRequest.builder().serverName("shop").build())
        .servers()).extracting(s -> s.status().orElseThrow()).containsExactly(1, 1); // creating
    assertThat(cph.listCloudPhones(ListCloudPhonesRequest.builder().serverId(server).build()).phones())
        .hasSize(2).allSatisfy(phone -> assertThat(phone.status()).contains(1));

    fake.time().advance(fake.fleet().jobDuration());
    assertThat(cph.showCloudPhoneServerDetail(ShowCloudPhoneServerDetailRequest.builder().serverId(server).build())
        .status()).contains(5);
    assertThat(cph.listCloudPhones(ListCloudPhonesRequest.builder().serverId(server).build()).phones())
        .allSatisfy(phone -> assertThat(phone.status()).contains(2));

    cph.updateServerName(UpdateServerNameRequest.builder().serverId(server).serverName("shop-renamed").build());
    cph.changeCloudPhoneServerModel(ChangeCloudPhoneServerModelRequest.builder().serverId(server)
        .serverModelName("physical.rx2.xlarge").phoneModelName("rx2.cp.c60.d10GPSSD.e1v1").build());
    assertThat(cph.showCloudPhoneServerDetail(ShowCloudPhoneServerDetailRequest.builder().serverId(server).build()))
        .satisfies(detail -> {
          assertThat(detail.serverName()).contains("shop-renamed");
          assertThat(detail.serverModelName()).contains("physical.rx2.xlarge");
        });
    assertThatThrownBy(() -> cph.changeCloudPhoneServerModel(ChangeCloudPhoneServerModelRequest.builder()
        .serverId(server).serverModelName("physical.rx2.xlarge").phoneModelName("rx2.cp.c60.d10GPSSD.e1v1")
        .build())).isInstanceOfSatisfying(CloudPhoneServiceException.class,
            e -> assertThat(e.errorCode()).isEqualTo("CPS.0250"));

    cph.deleteCloudPhoneServer(DeleteCloudPhoneServerRequest.builder().addServerIds(server).build());
    assertThat(fake.serverIds()).contains(server);
    fake.time().advance(fake.fleet().jobDuration());
    assertThat(fake.serverIds()).doesNotContain(server).hasSize(3);
    assertThatThrownBy(() -> cph.showCloudPhoneServerDetail(ShowCloudPhoneServerDetailRequest.builder()
        .serverId(server).build())).isInstanceOfSatisfying(CloudPhoneServiceException.class,
            e -> assertThat(e.errorCode()).isEqualTo("CPS.0015"));
  }

  @Test
  void orders_pendingPayment_createNothingUntilPaid_failedPaymentIsRefused() {
    fake.orderPayment(OrderPayment.PENDING);
    CreateNet2CloudPhoneServerResponse pending = cph.createNet2CloudPhoneServer(buy("later", 1));
    assertThat(pending.serverIds()).isEmpty();
    assertThat(fake.serverIds()).hasSize(2);

    assertThat(fake.payPendingOrders()).containsExactly(pending.orderId().orElseThrow());
    assertThat(fake.serverIds()).hasSize(3);

    fake.orderPayment(OrderPayment.FAILED);
    assertThatThrownBy(() -> cph.createNet2CloudPhoneServer(buy("never", 1)))
        .isInstanceOfSatisfying(CloudPhoneServiceException.class,
            e -> assertThat(e.errorCode()).isEqualTo("CPS.0062"));
  }

  @Test
  void purchase_checksWhatTheServiceChecks() {
    assertThatThrownBy(() -> cph.createNet2CloudPhoneServer(CreateNet2CloudPhoneServerRequest.builder()
        .from(buy("bad", 1)).phoneModelName("rx2.cp.c60.d10GPSSD.e1v1").build()))
        .isInstanceOfSatisfying(CloudPhoneServiceException.class,
            e -> assertThat(e.errorCode()).isEqualTo("CPS.0028")); // not a flavor of this server model
    assertThatThrownBy(() -> cph.createNet2CloudPhoneServer(CreateNet2CloudPhoneServerRequest.builder()
        .from(buy("bad", 1)).keypairName("nobody-has-this").build()))
        .isInstanceOfSatisfying(CloudPhoneServiceException.class,
            e -> assertThat(e.errorCode()).isEqualTo("CPS.0067"));
  }

  @Test
  void phones_propertiesAndVolume_changeThroughJobs_andAPhoneInTransitionTakesNoOtherChange() {
    String phone = fake.phoneIds().get(0);
    cph.updateCloudPhoneProperty(UpdateCloudPhonePropertyRequest.builder().addPhones(CloudPhonePropertyUpdate
        .builder().phoneId(phone).property("{\"ro.product.brand\":\"Fake\"}").build()).build());
    assertThat(fake.phoneStatus(phone)).isEqualTo(io.cloudphone.core.PhoneStatus.RESTARTING);
    assertThat(cph.stopCloudPhone(io.cloudphone.huawei.model.StopCloudPhoneRequest.builder().addPhoneIds(phone)
        .build()).jobs()).singleElement().satisfies(item -> assertThat(item.errorCode()).contains("CPS.0165"));
    fake.time().advance(fake.fleet().jobDuration());
    cph.expandPhoneDataVolumeSize(ExpandPhoneDataVolumeSizeRequest.builder()
        .addPhones(PhoneVolumeExpansion.builder().phoneId(phone).newSize(64).build()).build());

    assertThat(cph.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(phone).build()))
        .satisfies(detail -> {
          assertThat(detail.property()).contains("{\"ro.product.brand\":\"Fake\"}");
          assertThat(detail.phoneDataVolume().orElseThrow().volumeSize()).contains(64);
        });
    assertThatThrownBy(() -> cph.expandPhoneDataVolumeSize(ExpandPhoneDataVolumeSizeRequest.builder()
        .addPhones(PhoneVolumeExpansion.builder().phoneId(phone).newSize(32).build()).build()))
        .isInstanceOf(CloudPhoneServiceException.class); // volumes only grow
  }

  @Test
  void images_shareListUnshareDelete_andADeletedImageCannotBeShared() {
    String image = fake.imageIds().get(0);
    String member = "1a2b3c4d5e6f708192a3b4c5d6e7f809";

    cph.addImageMember(AddImageMemberRequest.builder().imageId(image).member(member).build());
    assertThat(cph.listImageMembers(ListImageMembersRequest.builder().imageId(image).build()).members())
        .extracting(m -> m.memberId().orElseThrow()).containsExactly(member);
    cph.deleteImageMember(DeleteImageMemberRequest.builder().imageId(image).memberId(member).build());
    assertThat(cph.listImageMembers(ListImageMembersRequest.builder().imageId(image).build()).members()).isEmpty();

    assertThat(cph.listImages(ListImagesRequest.builder().imageType("private").build()).imageInfos()).hasSize(1);
    cph.deleteImage(DeleteImageRequest.builder().imageId(image).build());
    assertThat(cph.listImages(ListImagesRequest.builder().imageType("private").build()).total()).contains(0);
    assertThatThrownBy(() -> cph.addImageMember(AddImageMemberRequest.builder().imageId(image).member(member)
        .build())).isInstanceOfSatisfying(CloudPhoneServiceException.class,
            e -> assertThat(e.errorCode()).isEqualTo("CPS.0166"));
  }

  @Test
  void tags_addListFindRemove() {
    String server = fake.serverIds().get(1);
    cph.batchCreateTags(BatchCreateTagsRequest.builder().resourceId(server)
        .addTags(ResourceTag.builder().key("env").value("test").build()).build());

    assertThat(cph.listResourceTags(ListResourceTagsRequest.builder().resourceId(server).build()).tags())
        .extracting(t -> t.key().orElseThrow() + "=" + t.value().orElseThrow()).containsExactly("env=test");
    assertThat(cph.listProjectTags(ListProjectTagsRequest.builder().build()).tags())
        .extracting(t -> t.key().orElseThrow()).containsExactly("env");
    assertThat(cph.listResourceInstances(ListResourceInstancesRequest.builder()
        .addTags(TagFilter.builder().key("env").addValues("test").build()).build()).resources())
        .extracting(r -> r.resourceId().orElseThrow()).containsExactly(server);

    cph.batchDeleteTags(BatchDeleteTagsRequest.builder().resourceId(server)
        .addTags(ResourceTag.builder().key("env").value("test").build()).build());
    assertThat(cph.listResourceTags(ListResourceTagsRequest.builder().resourceId(server).build()).tags()).isEmpty();
  }

  @Test
  void shareApps_pushSnapshotDelete() {
    String server = fake.serverIds().get(0);
    cph.pushShareApps(PushShareAppsRequest.builder().packageName("com.example.game").bucketName("testkit-bucket")
        .objectPath("apps/game.tar").addServerIds(server).build());

    assertThat(cph.listShareAppsSnapshot(ListShareAppsSnapshotRequest.builder().serverId(server).build())
        .shareApps()).extracting(a -> a.packageName().orElseThrow()).containsExactly("com.example.game");
    cph.deleteShareApps(DeleteShareAppsRequest.builder().packageName("com.example.game").addServerIds(server)
        .build());
    assertThat(cph.listShareAppsSnapshot(ListShareAppsSnapshotRequest.builder().serverId(server).build())
        .shareApps()).isEmpty();
  }

  @Test
  void bandwidths_keypairs_andScheduledEvents_change() {
    String bandwidth = fake.bandwidthIds().get(0);
    cph.updateBandwidth(UpdateBandwidthRequest.builder().bandWidthId(bandwidth).bandWidthSize(300).build());
    assertThat(cph.showBandwidthDetail(ShowBandwidthDetailRequest.builder().build()).bandWidths())
        .extracting(b -> b.bandWidthSize().orElseThrow()).containsExactly(300);

    String server = fake.serverIds().get(0);
    cph.updateKeypair(UpdateKeypairRequest.builder().addServers(ServerKeypair.builder().serverId(server)
        .keypairName("testkit-keypair-2").build()).build());
    assertThat(cph.showCloudPhoneServerDetail(ShowCloudPhoneServerDetailRequest.builder().serverId(server).build())
        .keypairName()).contains("testkit-keypair-2");

    String event = fake.scheduledEventIds().get(0);
    cph.authorizeScheduledEvent(AuthorizeScheduledEventRequest.builder().eventId(event)
        .authorizationType("maintenance").notBefore(fake.time().now().plus(Duration.ofMinutes(10)).toString())
        .build());
    assertThat(cph.listScheduledEvents(ListScheduledEventsRequest.builder().build()).scheduledEvents())
        .extracting(e -> e.state().orElseThrow()).containsExactly("scheduled");
    fake.time().advance(Duration.ofMinutes(10));
    assertThat(cph.listScheduledEvents(ListScheduledEventsRequest.builder().build()).scheduledEvents())
        .extracting(e -> e.state().orElseThrow()).containsExactly("executing");
    fake.time().advance(fake.fleet().jobDuration());
    assertThat(cph.listScheduledEvents(ListScheduledEventsRequest.builder().build()).scheduledEvents())
        .extracting(e -> e.state().orElseThrow()).containsExactly("completed");
  }
}
