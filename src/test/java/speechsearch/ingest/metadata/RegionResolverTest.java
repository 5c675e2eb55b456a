package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import speechsearch.speech.Region;

class RegionResolverTest {

  private static final RegionResolver RESOLVER = RegionResolver.load();

  @Test
  void districtMeetingWithNoNamedDistrictIsLevelDistrictWithoutNames() {
    Region r =
        RESOLVER.resolve(
            "在全区教育创新发展与成果推广工作推进会议上的讲话", null, "同志们：今天我们召开全区教育创新发展与成果推广工作推进会议，区委、区政府高度重视教育工作。");
    assertEquals(new Region("区", null, null, null), r);
  }

  @Test
  void provincialGovernmentReportNamesTheProvince() {
    Region r = RESOLVER.resolve("2026年安徽省政府工作报告", null, "各位代表：现在，我代表省人民政府向大会报告工作。");
    assertEquals(new Region("省", "安徽省", null, null), r);
  }

  @Test
  void congressInTheSubtitleNamesTheProvince() {
    Region r = RESOLVER.resolve("政府工作报告", "——2026年1月12日在湖南省第十四届人民代表大会第五次会议上", "各位代表：过去一年，全省上下……");
    assertEquals(new Region("省", "湖南省", null, null), r);
  }

  @Test
  void reportToTheNationalPeoplesCongressIsNational() {
    Region r =
        RESOLVER.resolve(
            "政府工作报告——2015年3月5日在第十二届全国人民代表大会第三次会议上 国务院总理 李克强",
            null,
            "各位代表：现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。" + "北京市、上海市等地先行先试。");
    assertEquals(new Region("国家", null, null, null), r);
  }

  @Test
  void partyCongressReportIsNational() {
    Region r = RESOLVER.resolve("在中国共产党第二十次全国代表大会上的报告", null, "同志们：现在，我代表第十九届中央委员会向大会作报告。");
    assertEquals("国家", r.level());
  }

  @Test
  void maskedCityNameStaysUnknown() {
    Region r = RESOLVER.resolve("在**市教育工作会议上的讲话", null, "同志们：近年来，**市持续深化教育改革，全市教育事业取得新进展。");
    assertEquals(new Region("市", null, null, null), r);
  }

  @Test
  void maskedNameDoesNotMatchTheGazetteerNameInsideIt() {
    // "**市中区" must not become 济南's 市中区.
    Region r = RESOLVER.resolve("在**市中区教育工作会议上的讲话", null, "全区教育系统……");
    assertEquals(new Region("区", null, null, null), r);
  }

  @Test
  void wholeRegionOfAnAutonomousRegionIsProvincial() {
    Region r =
        RESOLVER.resolve(
            "内蒙古自治区政府工作报告",
            "——2025年1月在内蒙古自治区第十四届人民代表大会第三次会议上",
            "各位代表：过去一年，全区上下坚决贯彻落实党中央决策部署，全区经济稳中有进。");
    assertEquals(new Region("省", "内蒙古自治区", null, null), r);
  }

  @Test
  void namedCityImpliesItsProvince() {
    Region r = RESOLVER.resolve("在伊春市教育工作会议上的讲话", null, "全市教育系统要……");
    assertEquals(new Region("市", "黑龙江省", "伊春市", null), r);
  }

  @Test
  void namedCountyImpliesCityAndProvince() {
    Region r = RESOLVER.resolve("在长沙县教育工作会议上的讲话", null, "全县上下……");
    assertEquals(new Region("县", "湖南省", "长沙市", "长沙县"), r);
  }

  @Test
  void countyLevelCitySpeakingOfItsWholeCityIsLevelCityWithTheCountyLevelPlace() {
    // the dev set's rule: a place that calls itself 全市 is 市, whatever its rank
    Region r = RESOLVER.resolve("在昆山市教育工作会议上的讲话", null, "全市教育系统……");
    assertEquals(new Region("市", "江苏省", "苏州市", "昆山市"), r);
  }

  @Test
  void ambiguousDistrictAloneKeepsOnlyTheCountyName() {
    // 朝阳区 is in both 北京市 and 长春市: the district is known, its parents are not.
    Region r = RESOLVER.resolve("在朝阳区教育工作会议上的讲话", null, "全区教育系统……");
    assertEquals(new Region("区", null, null, "朝阳区"), r);
  }

  @Test
  void ambiguousDistrictIsPlacedByItsNamedCity() {
    Region r = RESOLVER.resolve("在长春市朝阳区教育工作会议上的讲话", null, "全区教育系统……");
    assertEquals(new Region("区", "吉林省", "长春市", "朝阳区"), r);
  }

  @Test
  void districtOfAMunicipalityHasTheMunicipalityAsCity() {
    Region r = RESOLVER.resolve("在北京市朝阳区教育工作会议上的讲话", null, "全区……");
    assertEquals(new Region("区", "北京市", "北京市", "朝阳区"), r);
  }

  @Test
  void shortFormCountsOnlyInAStrongContext() {
    Region strong = RESOLVER.resolve("政府工作报告", "在安徽第十四届人民代表大会第三次会议上", "全省……");
    assertEquals(new Region("省", "安徽省", null, null), strong);
    Region weak = RESOLVER.resolve("在全省教育工作会议上的讲话", null, "全省……借鉴安徽经验……");
    assertEquals(new Region("省", null, null, null), weak);
  }

  @Test
  void townCuesGiveTownLevel() {
    assertEquals("镇", RESOLVER.resolve("在全镇教育工作会议上的讲话", null, "同志们：我镇……").level());
  }

  @Test
  void nothingKnownIsAllNull() {
    assertEquals(Region.UNKNOWN, RESOLVER.resolve("教育工作会议讲话稿", null, "同志们：今天的会议很重要。"));
    assertEquals(Region.UNKNOWN, RESOLVER.resolve(null, null, null));
  }

  @Test
  void manifestValues() {
    assertEquals(new Region("国家", null, null, null), RESOLVER.fromManifest("全国(国务院)"));
    assertEquals(new Region("国家", null, null, null), RESOLVER.fromManifest("全国(中共中央)"));
    assertEquals(new Region("省", "安徽省", null, null), RESOLVER.fromManifest("安徽省"));
    assertEquals(new Region("省", "北京市", null, null), RESOLVER.fromManifest("北京市"));
    assertEquals(new Region("省", "新疆维吾尔自治区", null, null), RESOLVER.fromManifest("新疆维吾尔自治区"));
    assertEquals(new Region("市", "湖南省", "长沙市", null), RESOLVER.fromManifest("湖南省长沙市"));
    assertEquals(Region.UNKNOWN, RESOLVER.fromManifest(""));
  }

  @Test
  void lookupByFullAndShortName() {
    assertEquals(Optional.of(new Region("省", "安徽省", null, null)), RESOLVER.lookupName("安徽"));
    assertEquals(Optional.of(new Region("省", "广西壮族自治区", null, null)), RESOLVER.lookupName("广西"));
    assertEquals(Optional.of(new Region("市", "黑龙江省", "伊春市", null)), RESOLVER.lookupName("伊春市"));
    assertEquals(Optional.of(new Region("市", "吉林省", "延边朝鲜族自治州", null)), RESOLVER.lookupName("延边"));
    assertEquals(Optional.of(new Region("区", null, null, "朝阳区")), RESOLVER.lookupName("朝阳区"));
    assertEquals(Optional.of(new Region("省", "吉林省", null, null)), RESOLVER.lookupName("吉林"));
    assertTrue(RESOLVER.lookupName("某县").isEmpty());
  }

  @Test
  void levelsAreListedHighestFirst() {
    assertEquals(
        java.util.List.of("国家", "省", "市", "区", "县", "镇"), speechsearch.vocabulary.Levels.NAMES);
  }

  @Test
  void organsAboveTheJurisdictionASpeechSpeaksOfAreNotItsLevel() {
    Region r =
        RESOLVER.resolve(
            null,
            null,
            "今天，我们召开创建文明城市动员大会，动员全市各级各部门行动起来。创建文明城市是中央和省委的重大决策部署，"
                + "省委省政府高度重视，省委书记明确指出要重视创建工作，省长要求全省所有市县开展创建。");
    assertEquals("市", r.level(), "全市 is the speaker's; 省委 and 省长 are cited: " + r);
  }

  @Test
  void theMeetingTheSpeakerConvenesIsOfHisLevel() {
    Region r =
        RESOLVER.resolve(
            "在疫情防控工作会议上的讲话", null, "同志们：现在我们召开区疫情防控工作领导小组会议，传达贯彻中央和省委、市委关于疫情防控的精神，市委要求我们从严从紧。");
    assertEquals("区", r.level(), r.toString());
    Region market = RESOLVER.resolve(null, null, "今天召开市场监管工作会议，全县上下要抓好食品安全。");
    assertEquals("县", market.level(), "召开市场… is no city meeting: " + market);
  }

  @Test
  void aMaskedPlaceGivesItsLevelAndNoPlace() {
    Region r = RESOLVER.resolve(null, null, "2022年以来，*镇锚定总体工作思路，全面贯彻落实市委、市政府和县委的工作要求，市委书记来我们这里调研。");
    assertEquals(new Region("镇", null, null, null), r);
    Region listed =
        RESOLVER.resolve("县河长制工作推进会讲话", null, "今天我们召开县河长制工作推进会。目前仅x镇和x镇建成了污水处理厂，各乡镇要加快建设。");
    assertEquals("县", listed.level(), "towns listed together are not the speaker's: " + listed);
  }

  @Test
  void townshipsAndTheCountrysideAreNoTownOfTheSpeakers() {
    // 乡镇 and 乡村 are words of their own, not a township (乡) the speaker convenes or masks
    Region rural = RESOLVER.resolve(null, null, "今天召开乡村振兴工作推进会，县委高度重视，县长亲自部署，各乡镇要抓好落实。");
    assertEquals("县", rural.level(), rural.toString());
    Region heads = RESOLVER.resolve(null, null, "今天召开乡镇党委书记座谈会，县委高度重视。");
    assertEquals("县", heads.level(), heads.toString());
    Region cases =
        RESOLVER.resolve(null, null, "今天我们召开全县警示教育大会。去年，某乡镇党委书记违规收受礼金，某乡镇干部工作作风漂浮，教训深刻。");
    assertEquals("县", cases.level(), "某乡镇 is a case cited, not a masked township: " + cases);
  }

  @Test
  void aDistrictsOrgansCountBesideTheTownsItsSpeechAddresses() {
    Region r = RESOLVER.resolve(null, null, "区委、区政府高度重视，区委书记作了部署，区长提出了要求，各乡镇要抓好落实。");
    assertEquals("区", r.level(), "区 and 县 are peers: 各乡镇 does not discount 区委: " + r);
  }

  @Test
  void wordsThatMerelyContainBenHuiAreNoAssociationSpeakingOfItself() {
    Region r = RESOLVER.resolve(null, null, "全县要落实基本会计制度，各单位成本会计要规范，县委县政府将加强督查。");
    assertEquals("县", r.level(), "基本会计 and 成本会计 are not 本会: " + r);
  }
}
