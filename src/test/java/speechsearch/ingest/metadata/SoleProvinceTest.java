package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;

/** A masked city's speech is placed in its province only when the text names exactly one. */
class SoleProvinceTest {
  private static final RegionResolver REGIONS = RegionResolver.load();

  @Test
  void oneProvinceNamedInFullPlacesTheSpeech() {
    assertEquals(Optional.of("湖南省"), REGIONS.soleProvinceNamed("支持*市二中承办湖南省第三十四届中小学生科技创新大赛。"));
    assertEquals(Optional.of("内蒙古自治区"), REGIONS.soleProvinceNamed("全区上下，内蒙古自治区……"));
  }

  @Test
  void severalProvincesOrOnlyMunicipalitiesPlaceNothing() {
    assertEquals(Optional.empty(), REGIONS.soleProvinceNamed("学习浙江省、江苏省的经验。"));
    assertEquals(Optional.empty(), REGIONS.soleProvinceNamed("借鉴北京市、上海市的做法。"));
    assertEquals(Optional.empty(), REGIONS.soleProvinceNamed("全市教育工作会议。"));
  }

  @Test
  void aMaskedCitySpeechGetsItsProvinceFromTheBody() {
    var s =
        SpeechIngester.withDefaults()
            .parseText(
                "x.txt", "在**市教育工作会议上的讲话\n同志们：\n一、总体要求\n今年我市将承办湖南省第三十四届中小学生科技创新大赛，全市教育系统要做好准备。\n");
    assertEquals("市", s.region().level());
    assertEquals("湖南省", s.region().province());
    assertEquals(null, s.region().city());
  }
}
