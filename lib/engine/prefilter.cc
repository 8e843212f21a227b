// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/prefilter.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define DIPLOTIER_HAVE_X86_DISPATCH 1
#endif

namespace diplotier {
namespace internal {
namespace {

bool IsLetter(std::uint8_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
std::uint8_t Fold(std::uint8_t c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<std::uint8_t>(c | 0x20) : c;
}

// The classes of bytes the frequency table tells apart: the 26 letters
// (either case), white space, other ASCII bytes, and non-ASCII bytes.
constexpr int kClasses = 29;
constexpr int kSpace = 26;
constexpr int kOtherAscii = 27;
constexpr int kNonAscii = 28;

int ClassOf(std::uint8_t c) {
  c = Fold(c);
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return kSpace;
  return c < 0x80 ? kOtherAscii : kNonAscii;
}

// How often each pair of byte classes occurs in English running text:
// kPairBits[x][y] encodes -2 log2 of the share of positions where class x
// is followed by class y, one character a value ('0'-'9' for 0-9, 'A'-'Z'
// for 10-35, 'a'-'z' for 36-61). Counted over 7 MB of English prose (the
// lines of running text in the license and copyright files of a Debian
// system), white space runs taken as one space, every pair counted at least
// once.
constexpr const char* kPairBits[kClasses] = {
    "cHIKZRJdIYNFJDgKXDHEKMOWKYHNi",
    "OYZXIZakIOkHWeLckNMOHefgJkSQi",
    "JdOYFgcIIiNHaVEYUMTGIkaiSdKOk",
    "JbWPFWRdFXkTUaJdkTObMNTkVkDJc",
    "JMHEJMLTLZXJJENLMCEJSJQIQZAFY",
    "QdecLNkkHkkUekGXkJWHMkidMkEOg",
    "NiScHdUIMkkNULNRkJPZQkfkVeGLg",
    "GYkXCkcfGkkZXTGekSUIVcakUkHQk",
    "HHEJHIHgRaUGHCENbJDDSJkTiPQQd",
    "WkgkNkZkUkifkgUZigikRbkkkkZak",
    "PkceMkiYNkeYkQZikkOWZkkgkkMPk",
    "HbWLGPWaDkaGXcIYkXNNIVZiKbGKW",
    "HPbWGegkHkZXOTIIgXJkNaekZkJMc",
    "JgHEHMFXJWSOSNGVaUFEKRZiHVDIa",
    "SNKIPDNURUVJIDNHkCIGFIJXQUFLg",
    "IkWVGeZPLkeIUaILkGSLIkkkIkQSk",
    "kkkkkkiekkkfkikkkkkgLkkkkkYck",
    "FTJNDONVEkKPHMGKkIIHNNMkJdCLc",
    "NeKRERXJGkSRVYFKdTGGIeYdPdCGY",
    "GXXdEYfBDfaPWLFVkGILMgHcHbDIZ",
    "OIKIMUSkNVgJKIYMkHGFbcgadbIQa",
    "MkckGkgkIkkibiSkkfkkggkfikaWk",
    "FekkMXiJGkgQkPKkkNTkikdkakORk",
    "SkNfNgiTUkgfakkLkgcNkggeYbSXk",
    "RcakUkWkQkkXVXISkKORekZebZDIa",
    "RkkgSkkiSkkcdiYakkkeikekkZXZk",
    "CFEFGEHIDQNFGFCDUHEBGLESJXkHU",
    "LRPSRRTYLdbRSTRRkTMOWdScVXBJX",
    "ZkakckkkekkdkiXbkkWaZkkkbkUZP",
};

// The 1,500 most frequent triples of letters and spaces (at most one space)
// in the same text, most frequent first, each followed by its -2 log2 share
// of positions, encoded as in kPairBits. A triple of letters and spaces not
// listed is rarer than the last one.
constexpr std::string_view kCommonTriples =
    " thCtheChe Dor E anEed E ofE coEof E inEionE orFis FtioF liFwarGnd GingG"
    "andG toGon Gin GiceGareG soGer GlicGse G noGentGthiGng Gto Gre G foGhisG"
    "s oGe aGf tHanyH wiHconHny HithHsofHoftHtwaHftwHes H prHantHforHut HbutH"
    "d tHwitHe tHnotHproHherHe oHatiHnseHe iHensHcenHtriH isHonsH reHuseHe fH"
    "al HthoHtedH usI diIn aIribIranIoutIcopI puIibuIdisIticIperIs aIy oIr aI"
    "e sIermIn tIincIce Ill I beIessIrigIistIstrIt oI peIityI waIhouIr tIat I"
    "e cIty Ir iIallIntaIns IopyIhatInt IderIss IcluIas IthaIectIterIverIighJ"
    "ghtJlitJyouJiliJontJ yoJ suJludJntiJ deJbe JnclJarrJby Js sJbilJrraJmenJ"
    "eveJ exJ fiJmplJ paJts J arJideJiesJsioJs pJresJle Jr pJothJ maJr oJe uJ"
    "bliJt tJrtiJotiJ unJte Jot JabiJublJe lJdinJersJth JpliJdedJmitJ moJ otJ"
    "rmiJateJntrJ asJ frJpubJe pJs iJmerJndiJ byJtorJe wJiedJou J itJialJd bJ"
    "undJparJuteJudiJ daJereJs tJposJrovJitiJoviJs lJs fJtatKy tK whKssiKartK"
    "vidKbleKctiK teKt nKgenK alKn oKndeK doKt lK imK meKe dKd iKliaKe gKimpK"
    "r cKd wKd aKen Ko tKlieKyriK buKpyrKmodKdifKic KiabKoseKht KsedKageKve K"
    "ablKclaKnteKsinKiveKt aKit Kch KodiK shKrecKchaKrpoKlaiKrmsKms KourKfitK"
    "romKgraKvenKaimKrs K evKimiKnesKar Kl pKtieKollKe rKpreKditKifiKlarKredK"
    "purKcomKnerKmisKf cKlowKurpKlimKoveKactKireKortKan KhanKissKtabKlloKly K"
    "eraKee KercKry KiseKt sK woKde KhalKicaK onKst KileLreeLshaLaryLf aLondL"
    "y aLocuLfolLindLay LworLct LorsLormLwinL seLowiLlesLeneLs dLainLiteLa pL"
    "filLfroLgnuLn nLitsL geLc lLd oLeciLutoL gnL hoLf mLisiLralLemeLnu Lt iL"
    "no Ly pLntyLom LtaiLorkLmagLn iLgesLlisLamaLrchLdamLiscLt wLspeLpecLinaL"
    "ficLodeLnceLtneLulaLcodLimeLsclLh tLitnLr sLsubLculLd fLtraLdatLdirLserL"
    "if L ifLutiLicuLciaLumeL apL spLexpL grLs nLcumLo eLe mLtiaLdocLtenL adL"
    "appLrceLn sLn cL heLcatLsucL riLsouLuchL acLwheMopeMurcMautMrsiMariMrisM"
    " auMmayMwisMeriMfreMossMa cMr wMg tMxprMequM caMtteMerwMrwiMy dMl tMrt M"
    "intMuthMy wMhorMpieMm tMme Ml dMs cMhtsM neMcesMineMompMd uMishMracMittM"
    " veMe nMd cM abM poMictMporMd dMy cMninM ouMiniMl cMethMrk Mn wM stMs bM"
    "tinMf sMediM haMhetMoriMo aMricMnalMaboMvedMataMifyMameMl bMo dMstaM loM"
    "ntsMopiModuMg dMitaMudeMptiM enMy gM laMencMd pNg aNpy Nt bNt cNreaNy iN"
    "s wNtitN clNginNsonNsheNu gNt mNusiNlibNexcNr fNqueNhedNritNr mN leNbovN"
    "illNlatNu mNt pNigiNstiNn pNeseN wrNailNrivNr dNducNy fNadvNrodNseqNuenN"
    "extN chNexeNr lNo uNs hNubsNrebNl iNn fNmatNebyNbinNinfNy eNwriNt rN goN"
    "medNh oNg cNsseNur NvisNngeNtivNertNe eNligNpplNdenNholNearNt uNtalNr bN"
    "t fNlosNrepN agNrarNg oNbstNmakNrinNy sNd sNt hNremNwilNseeNjecNestNplaN"
    "covNibiNureN muNuniNogrNsibNbraNervNakeNibrNagrNt eNu lNealNg fNf uNoldN"
    "r rNdeaNe bNustNackNkinNld N naNrgeNramNrsoNounOpriOlinOaliOmusO fuO obO"
    "eptOcepOrniOnecOnegOhicOf oOe hOuctOassOldeOg iOr gObjeOgliOichOgreOhowO"
    "ferOoteOrofOnamOeglOigeOoweOofiOrogOs mOsenOhavOaveOadeOoryO biOcifOg wO"
    "d nOtutOfulOoreOo cOratOnciOoneOdo Oge OiatOausOppeOnarOwhiOendOnneOnitO"
    "ancOxceOf lOeloOtanOeprOianOernOnedOta OetaOpleOsorOrd OpeaOregOo sOnonO"
    "sesOommOndaOituOy bOcidOcurOne Of yOrocOh aOo pOd hOy kOfieOrm OnfrOtemO"
    " saOdesOfriOvelOonnO kiOubjOy lOsteOwevOrviOrmaOvicOoulOpe OuldOharOeitO"
    "gemOffeOtexOt yOwayOcauOcreOargOdevOrioOs rOnsoOcalOardOds OmorOeceOtisO"
    "ssoOn dOwhoOerfOpacOselOiorOerrOo wOdviOaseOn bO feOgooOsocO crOociOfouO"
    "g nOrelO atOlopOlonOempOivaO opOr eOiciPquiPoodPansPeatP trPrtyPy rPilaP"
    "ctsPualPllePnatPriaPbusPefuPdetPmotPmanPellPobtPbtaPxt Pd rPaltPam PinsP"
    "rksPpatPegaPckaPomoPheoPeorPh cPemaPl sPpt PachPl oPy nPultPg bPonaPoniP"
    "lawPodsPrfoPsefPeleP eiPeasPl wPletPhopPeemPa fPfy PsupPxemPelyPpenPystP"
    "sysPrupPuptPledPilsPrruPemsPfeePl aPs gPr vPnstPvatPn ePlabPlecPnisPangP"
    " baP syPshoPownPm iPllyPceiPfurPeivPbasPrsePngsPimsPesuPmarPsulPnsiPcorP"
    "biaPdebPke PplyPnicPmaiPo rPcipPmeaPsitPuirPh rPuppPongPebiPs ePus Pd mP"
    "kagPienPgs PtimPh dPeanPrciPetePndoPnfoPf iPurnPespPaddP avPalsPleaPl nP"
    "ks PcanPhasPonlPnlyQso Qu aQminQreqQdorQavaQppoQdemQiblQs uQdveQaloQu sQ"
    "telQeenQltiQmmeQvaiQaccQtesQt dQarkQ boQponQousQo bQomeQe vQhenQ owQu cQ"
    "eacQscrQoraQsamQo iQmadQhomQeinQcriQnowQcabQy mQcitQicoQm aQtlyQhinQim Q"
    "secQxclQd vQo mQkesQr hQa sQgovQrefQ tiQd lQwhaQefeQm oQdicQaraQrenQn mQ"
    "nivQrieQ eaQropQxteQelaQr uQow Qo oQradQknoQlegQrneQh pQwleQiouQrtaQet Q"
    "sisQ miQatsQadaQecuQbeeQgarQcolQu dQmpiQmesQpilQ siQipiQa lQyinQm lQoffQ"
    "rreQasiQmonQelfQretQgatQ weRdefRdapRattRddiRtseRtroRaw RrapRe yRutaRxecR"
    "escRcutRshiRk aRorpRaleRfonRoevRmpaReadR plRaphRlteRhesRwneRpanRtsoRsoeR"
    "mbiRhonRdoeRbotRoesRs yRniaRoptRa rR roRuceRo nRornRr nRtuaRa oRuntRaceR"
    "um Ra mRombRir RegeRlusRputRerlRc pRroyRoyaRaptRyalRlifRfinRcisRmmoRfecR"
    "spoRreoRf nRg pRowlRomaRifoRls RizaRy uRo lRuriRedgRiviRgplRa wRcouRzatR"
    "somRefiRturRn rRh iRrizRrveReedReofRd eRbouR juRey Rl eRtecRxerRberRitlR"
    "heiRhirRk oRhosReirRigaRunlRirdRo yRcceRibeRn gRhemRlsoRvesRncoRgalR giR"
    "asoR viRl mRrevRrouRrmeRlemRptaRyonRlanRn lRnabRepaRergRuitRcerRg sRsalR"
    "casRctuRn yRnetRreiSbitSgivSnguSh ySullSostSordSchoSfirSc dSduaSia ScknS"
    "darSh sSiumSnleSrl SbedSa dSsuiSf pShipSdgeS afSythSeviStirSrolSdivShibS"
    "iduS elSf dSguaSjurSvalSltySaniSiffS faSdomS scSa tS upSu uStleSsolSctlS"
    "pytSnewSwouSnenSoceSn uSl fSuleSew Sl lScleSeelSa nSronSntoSg rSffiSk iS"
    "mpoSu oSmbeSdulSssaS pySw tSsidSy yS taSgedSrotSstoSlf Sf eSoblSeffSl rS"
    "onfSsdiSisdSuagSf rSrstSragSg mSmovSlacSnorS ruSchiScteSbelSmetSrunScheS"
    "agaSsurStarSw oSk tS ceSsivSpedSurtS brSnveSripSechSheyScedSuraSdelSiclS"
    "ecoSmpuSip SetySpagSizeSwasSbseSonvS duSwidSerySclySbeiS efSoleSiptSrshS"
    "orlSlogSabsSipaSwaiSd ySmacSatuSrldS gpSaivSnyoSlt SougSemoSt gScieSampS"
    "f wSughTel TignTgccTaffTh eTalfTatoTgitTccoTdiaTsarTid TxplTtifTem TcroT"
    "nmeTm sTembTgaiTrtsTastTllaTdigTarsT gcTu hTtacTtruTue Tu wTo gTgetTomiT"
    "depTrosTlerTtilTm mTispTr yTho TaftTfacT amTreuTf fTtibTsumTexaTpyiTsigT"
    "annTfteTrnaTg lTorcTathTrnmTtreThelTm cToncTeesTrdiTeliTobjTrthTchnTrkeT"
    " emT phTslyTh wToluTeldTbehTgerTh nTneeTstsTpprTt vTgroTehaTxamTwn TlayT"
    "oupTakiTemnTmniTkelTmicTettT knTlliTcinTkedTinvTegiTsplTocaToprTm wTinkT"
    " vaTo fTh fTdeeTewlT idTvioTeabTirsTwerT cuTisrTfaiToloTu tTypeTerbTad T"
    "karTtiuTorrTctoTrbaTenfT keTedeTexhTurrTh mTsreTcc Tsh UlidUol UirmUepeU"
    "thrUa bUxhiUp oUddeUsslU";

// The shares of the table: pair[x][y] of positions, first[x] of positions
// starting with x.
struct ClassShares {
  double pair[kClasses][kClasses];
  double first[kClasses];
};

const ClassShares& Shares() {
  static const ClassShares shares = [] {
    ClassShares s{};
    for (int x = 0; x < kClasses; ++x) {
      for (int y = 0; y < kClasses; ++y) {
        const char c = kPairBits[x][y];
        const int v = c <= '9' ? c - '0' : c <= 'Z' ? c - 'A' + 10 : c - 'a' + 36;
        s.pair[x][y] = std::exp2(-v / 2.0);
        s.first[x] += s.pair[x][y];
      }
    }
    return s;
  }();
  return shares;
}

// How rare the bytes b[0..len) are in English running text, in bits (-log2
// of their estimated share of positions): of a listed triple, its own; else
// each byte given the one before it. Non-ASCII bytes, one class in the table, are told apart by a small
// term: the UTF-8 lead bytes of CJK text (0xE4-0xE9) count as less rare.
double RarityBits(const std::uint8_t* b, std::size_t len) {
  const ClassShares& s = Shares();
  double bits = 0;
  bool listable = len == 3;
  for (std::size_t k = 0; k < len; ++k) {
    const int x = ClassOf(b[k]);
    listable = listable && (x < kSpace || b[k] == ' ');
    if (k == 0) {
      bits -= std::log2(s.first[x]);
    } else {
      const int w = ClassOf(b[k - 1]);
      bits -= std::log2(s.pair[w][x] / s.first[w]);
    }
    if (x == kNonAscii) bits -= (b[k] >= 0xE4 && b[k] <= 0xE9) ? 0.5 : 0.0;
  }
  if (!listable) return bits;
  auto decode = [](char c) {
    return (c <= '9' ? c - '0' : c <= 'Z' ? c - 'A' + 10 : c - 'a' + 36) / 2.0;
  };
  const char folded[3] = {static_cast<char>(Fold(b[0])),
                          static_cast<char>(Fold(b[1])),
                          static_cast<char>(Fold(b[2]))};
  for (std::size_t i = 0; i + 4 <= kCommonTriples.size(); i += 4) {
    if (kCommonTriples.compare(i, 3, folded, 3) == 0) {
      return decode(kCommonTriples[i + 3]);
    }
  }
  return std::max(bits, decode(kCommonTriples.back()));
}

// The bytes a bucket admits at one position of a probe: every byte whose
// low nibble is in `lo` and high nibble in `hi`. That is the cross product
// of its probes' nibbles, more than their bytes: the source of false
// candidates.
struct NibbleSet {
  std::uint16_t lo = 0;
  std::uint16_t hi = 0;

  void Add(std::uint8_t c) {
    lo = static_cast<std::uint16_t>(lo | 1u << (c & 15));
    hi = static_cast<std::uint16_t>(hi | 1u << (c >> 4));
  }
  bool Has(unsigned c) const {
    return (lo >> (c & 15) & 1u) != 0 && (hi >> (c >> 4) & 1u) != 0;
  }
  int Size() const { return __builtin_popcount(lo) * __builtin_popcount(hi); }
};

// The byte triples a bucket admits (a position a probe does not test admits
// every byte).
struct TripleSet {
  NibbleSet at[3];
};

TripleSet Union(const TripleSet& a, const TripleSet& b) {
  TripleSet u = a;
  for (int k = 0; k < 3; ++k) {
    u.at[k].lo |= b.at[k].lo;
    u.at[k].hi |= b.at[k].hi;
  }
  return u;
}

// How much of each byte class a bucket admitting `s` admits: all of a
// letter admitted in either case, of white space when ' ' is admitted (a
// little when only a line end is), and of the other classes the share of
// their bytes admitted.
void ClassWeights(const NibbleSet& s, double* w) {
  for (int x = 0; x < kClasses; ++x) w[x] = 0;
  int other = 0, high = 0;
  for (unsigned c = 0; c < 256; ++c) {
    if (!s.Has(c)) continue;
    const int x = ClassOf(static_cast<std::uint8_t>(c));
    if (x < kSpace) {
      w[x] = 1;
    } else if (x == kSpace) {
      w[x] = std::max(w[x], c == ' ' ? 1.0 : 0.1);
    } else if (x == kOtherAscii) {
      ++other;
    } else {
      ++high;
    }
  }
  w[kOtherAscii] = other / 98.0;  // 128 ASCII bytes less letters and spaces
  w[kNonAscii] = high / 128.0;
}

// The share of positions of English running text where a bucket admitting
// `s` gives a candidate, by the frequency table (each byte given the one
// before it), plus a little for each byte triple admitted.
double CandidateCost(const TripleSet& s) {
  const ClassShares& shares = Shares();
  double w[3][kClasses];
  for (int k = 0; k < 3; ++k) ClassWeights(s.at[k], w[k]);
  double cost = 0;
  for (int y = 0; y < kClasses; ++y) {
    if (w[1][y] == 0) continue;
    double before = 0, after = 0;
    for (int x = 0; x < kClasses; ++x) before += w[0][x] * shares.pair[x][y];
    for (int z = 0; z < kClasses; ++z) after += w[2][z] * shares.pair[y][z];
    cost += w[1][y] * before * after / shares.first[y];
  }
  return cost + 1e-9 * s.at[0].Size() * s.at[1].Size() * s.at[2].Size();
}

// Groups the probes admitting `sets` into at most `count` buckets: starting
// from one group a probe, merges the two groups whose union adds the least
// CandidateCost until `count` remain. Probes are kept apart from those
// whose nibbles would combine with theirs into common triples ("ipa" and
// "tnb" together admit "ina"). Beyond kMaxGrouped probes every bucket admits
// most triples whatever the grouping: they are dealt out in turn instead, which
// keeps the cost of building (cubic here) bounded.
std::vector<std::vector<std::uint32_t>> GroupProbes(
    const std::vector<TripleSet>& sets, std::size_t count) {
  constexpr std::size_t kMaxGrouped = 64;
  const std::size_t n = sets.size();
  std::vector<std::vector<std::uint32_t>> groups(std::min(n, count));
  if (n > kMaxGrouped) {
    for (std::uint32_t k = 0; k < n; ++k) groups[k % count].push_back(k);
    return groups;
  }
  std::vector<TripleSet> set = sets;
  std::vector<double> cost(n);
  std::vector<std::vector<std::uint32_t>> members(n);
  for (std::uint32_t k = 0; k < n; ++k) {
    cost[k] = CandidateCost(set[k]);
    members[k] = {k};
  }
  // added[i * n + j], i < j: the cost that merging groups i and j adds.
  std::vector<double> added(n * n);
  auto update = [&](std::size_t i, std::size_t j) {
    added[std::min(i, j) * n + std::max(i, j)] =
        CandidateCost(Union(set[i], set[j])) - cost[i] - cost[j];
  };
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) update(i, j);
  }
  std::vector<bool> alive(n, true);
  for (std::size_t left = n; left > count; --left) {
    std::size_t bi = 0, bj = 0;
    double least = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
      if (!alive[i]) continue;
      for (std::size_t j = i + 1; j < n; ++j) {
        if (alive[j] && added[i * n + j] < least) {
          least = added[i * n + j];
          bi = i;
          bj = j;
        }
      }
    }
    set[bi] = Union(set[bi], set[bj]);
    cost[bi] = CandidateCost(set[bi]);
    members[bi].insert(members[bi].end(), members[bj].begin(),
                       members[bj].end());
    alive[bj] = false;
    for (std::size_t k = 0; k < n; ++k) {
      if (alive[k] && k != bi) update(bi, k);
    }
  }
  std::size_t g = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (alive[k]) groups[g++] = std::move(members[k]);
  }
  return groups;
}

// The scan to use when `wanted` is asked for: the fastest the CPU has for
// kAuto; a scan the CPU lacks gives way to the next slower one.
PrefilterScan AvailableScan(PrefilterScan wanted) {
#if defined(DIPLOTIER_HAVE_X86_DISPATCH)
  // The CPU features are read by a constructor of the runtime library, which
  // a Prefilter built during static initialization may precede.
  __builtin_cpu_init();
  if ((wanted == PrefilterScan::kAuto ||
       wanted == PrefilterScan::kAvx2Tables) &&
      __builtin_cpu_supports("avx2")) {
    return PrefilterScan::kAvx2Tables;
  }
  if (wanted != PrefilterScan::kPairRows && __builtin_cpu_supports("ssse3")) {
    return PrefilterScan::kSsse3Tables;
  }
#endif
  return PrefilterScan::kPairRows;
}

}  // namespace

Prefilter::Prefilter(const std::vector<std::string>& anchors,
                     PrefilterScan scan)
    : scan_(AvailableScan(scan)) {
  std::vector<std::string> folded;
  for (const std::string& raw : anchors) {
    if (raw.empty()) continue;
    std::string f(raw.size(), '\0');
    std::transform(raw.begin(), raw.end(), f.begin(), [](char c) {
      return static_cast<char>(Fold(static_cast<std::uint8_t>(c)));
    });
    if (std::find(folded.begin(), folded.end(), f) == folded.end()) {
      folded.push_back(std::move(f));
    }
  }
  // Longer anchors first: they have more triples to choose from, and
  // shorter ones can then reuse a probe already chosen.
  std::stable_sort(folded.begin(), folded.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  for (const std::string& f : folded) {
    max_len_ = std::max(max_len_, f.size());
    const auto* b = reinterpret_cast<const std::uint8_t*>(f.data());
    const std::size_t len = std::min<std::size_t>(f.size(), kProbeBytes);
    // Reuse an existing probe of two or three bytes when the anchor
    // contains it.
    bool reused = false;
    for (Probe& p : probes_) {
      if (p.len < 2) continue;
      const std::string_view bytes(reinterpret_cast<const char*>(p.bytes),
                                   p.len);
      const std::size_t i = f.find(bytes);
      if (i != std::string::npos) {
        p.anchors.push_back(Anchor{f, static_cast<std::uint32_t>(i)});
        max_offset_ = std::max<std::size_t>(max_offset_, i);
        reused = true;
        break;
      }
    }
    if (reused) continue;
    std::uint32_t best = 0;
    double best_bits = -1;
    for (std::uint32_t i = 0; i + len <= f.size() && len > 1; ++i) {
      // The rarest triple; one other anchors contain too counts as rarer,
      // since one probe then serves them all.
      int shared = 0;
      for (const std::string& other : folded) {
        shared += other != f && other.find(f.substr(i, len)) != other.npos;
      }
      const double bits = RarityBits(b + i, len) + 0.5 * std::min(shared, 3);
      if (bits > best_bits) {
        best_bits = bits;
        best = i;
      }
    }
    Probe p;
    p.len = static_cast<std::uint8_t>(len);
    for (std::size_t k = 0; k < len; ++k) {
      p.bytes[k] = b[best + k];
      p.fold[k] = IsLetter(b[best + k]);
    }
    p.anchors.push_back(Anchor{f, best});
    max_offset_ = std::max<std::size_t>(max_offset_, best);
    probes_.push_back(std::move(p));
  }
  // Buckets: probes that start with a non-ASCII byte (CJK anchors) get one
  // or two buckets of their own, so that their nibbles never combine with
  // those of Latin probes into false candidates in Latin text (the lead byte
  // 0xE4 shares its low nibble with 'd' and 't'); the Latin probes are
  // grouped into the rest.
  std::vector<std::uint32_t> latin, wide;
  std::vector<TripleSet> latin_sets, wide_sets;
  for (std::uint32_t k = 0; k < probes_.size(); ++k) {
    const Probe& p = probes_[k];
    TripleSet s;
    for (std::size_t j = 0; j < kProbeBytes; ++j) {
      if (j >= p.len) {
        s.at[j].lo = s.at[j].hi = 0xFFFF;
        continue;
      }
      s.at[j].Add(p.bytes[j]);
      if (p.fold[j]) s.at[j].Add(static_cast<std::uint8_t>(p.bytes[j] & ~0x20));
    }
    (p.bytes[0] >= 0x80 ? wide : latin).push_back(k);
    (p.bytes[0] >= 0x80 ? wide_sets : latin_sets).push_back(s);
  }
  const std::size_t wide_buckets =
      wide.empty() ? 0
                   : (latin.empty() ? kBuckets : std::min<std::size_t>(wide.size(), 4));
  std::uint32_t bucket = 0;
  auto fill = [&](const std::vector<std::uint32_t>& probes,
                  const std::vector<TripleSet>& sets, std::size_t buckets) {
    for (const std::vector<std::uint32_t>& group : GroupProbes(sets, buckets)) {
      const std::uint8_t bit = static_cast<std::uint8_t>(1u << (bucket & 7));
      const std::size_t set = bucket >> 3;
      TripleSet admitted;
      for (std::uint32_t g : group) {
        bucket_probes_[bucket].push_back(probes[g]);
        admitted = Union(admitted, sets[g]);
      }
      for (std::size_t j = 0; j < kProbeBytes; ++j) {
        for (unsigned i = 0; i < 16; ++i) {
          if (admitted.at[j].lo >> i & 1u) lo_[set][j][i] |= bit;
          if (admitted.at[j].hi >> i & 1u) hi_[set][j][i] |= bit;
        }
      }
      ++bucket;
    }
  };
  fill(latin, latin_sets, kBuckets - wide_buckets);
  fill(wide, wide_sets, wide_buckets);
  // The rows serve only the probe-rows scan.
  if (scan_ != PrefilterScan::kPairRows) return;
  for (const Probe& p : probes_) {
    for (std::size_t j = 0; j < kProbeBytes; ++j) {
      const bool tested = j < p.len;
      const std::uint8_t row[2] = {
          static_cast<std::uint8_t>(!tested ? 0xFF : (p.fold[j] ? 0x20 : 0)),
          static_cast<std::uint8_t>(!tested ? 0xFF : p.bytes[j])};
      for (std::uint8_t v : row) rows_.insert(rows_.end(), 16, v);
    }
  }
}

bool Prefilter::ProbeAt(const Probe& p, const std::uint8_t* t, std::size_t n,
                        std::size_t q) const {
  if (q + p.len > n) return false;
  for (std::size_t j = 0; j < p.len; ++j) {
    const std::uint8_t c = p.fold[j] ? Fold(t[q + j]) : t[q + j];
    if (c != p.bytes[j]) return false;
  }
  return true;
}

std::size_t Prefilter::VerifyProbeAt(const Probe& p, std::string_view text,
                                     std::size_t q, std::size_t from,
                                     std::size_t best) const {
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  for (const Anchor& a : p.anchors) {
    if (q < a.offset) continue;
    const std::size_t start = q - a.offset;
    if (start < from || start >= best || start + a.folded.size() > n) {
      continue;
    }
    bool match = true;
    for (std::size_t i = 0; i < a.folded.size() && match; ++i) {
      match = Fold(t[start + i]) == static_cast<std::uint8_t>(a.folded[i]);
    }
    if (match) best = start;
  }
  return best;
}

std::size_t Prefilter::VerifyAt(std::string_view text, std::size_t q,
                                std::size_t from) const {
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  std::size_t best = std::string_view::npos;
  for (const Probe& p : probes_) {
    if (ProbeAt(p, t, n, q)) best = VerifyProbeAt(p, text, q, from, best);
  }
  return best;
}

#if defined(DIPLOTIER_HAVE_X86_DISPATCH)
// Inlined into the table scans: with a call per block that has candidates
// they ran up to 9 % more instructions.
__attribute__((always_inline)) inline std::size_t Prefilter::VerifyBuckets(
    std::string_view text, std::size_t q, const std::uint8_t* low,
    const std::uint8_t* high, std::uint64_t mask, std::size_t from, std::size_t best) const {
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  while (mask != 0) {
    const unsigned i = static_cast<unsigned>(__builtin_ctzll(mask));
    mask &= mask - 1;
    unsigned bits = low[i] | static_cast<unsigned>(high[i]) << 8;
    while (bits != 0) {
      const unsigned b = static_cast<unsigned>(__builtin_ctz(bits));
      bits &= bits - 1;
      for (std::uint32_t k : bucket_probes_[b]) {
        if (ProbeAt(probes_[k], t, n, q + i)) {
          best = VerifyProbeAt(probes_[k], text, q + i, from, best);
        }
      }
    }
  }
  return best;
}

namespace {

constexpr std::size_t kWidth = Prefilter::kProbeBytes;

struct Ssse3Tables {
  __m128i lo[2][kWidth], hi[2][kWidth];
};

// Bit b of byte i of *low (of *high): a probe of bucket b (8 + b) may start
// at p + i. Reads p[0..16 + kWidth - 1).
__attribute__((target("ssse3"), always_inline)) inline void Ssse3Buckets(
    const std::uint8_t* p, const Ssse3Tables& tables, __m128i* low,
    __m128i* high) {
  const __m128i nibble = _mm_set1_epi8(0x0F);
  __m128i a = _mm_set1_epi8(-1), b = a;
  for (std::size_t j = 0; j < kWidth; ++j) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
    const __m128i lo = _mm_and_si128(v, nibble);
    const __m128i hi = _mm_and_si128(_mm_srli_epi16(v, 4), nibble);
    a = _mm_and_si128(a, _mm_and_si128(_mm_shuffle_epi8(tables.lo[0][j], lo),
                                       _mm_shuffle_epi8(tables.hi[0][j], hi)));
    b = _mm_and_si128(b, _mm_and_si128(_mm_shuffle_epi8(tables.lo[1][j], lo),
                                       _mm_shuffle_epi8(tables.hi[1][j], hi)));
  }
  *low = a;
  *high = b;
}

// Bit i set: byte i of `buckets` is not zero.
__attribute__((target("ssse3"), always_inline)) inline unsigned NonZeroBytes(
    __m128i buckets) {
  return 0xFFFFu & ~static_cast<unsigned>(_mm_movemask_epi8(
                       _mm_cmpeq_epi8(buckets, _mm_setzero_si128())));
}

struct Avx2Tables {
  __m256i lo[2][kWidth], hi[2][kWidth];
};

// A 16-byte table in both 128-bit lanes, since VPSHUFB looks up within each
// lane.
__attribute__((target("avx2"), always_inline)) inline __m256i Avx2Table(
    const std::uint8_t* table) {
  return _mm256_broadcastsi128_si256(
      _mm_load_si128(reinterpret_cast<const __m128i*>(table)));
}

// Ssse3Buckets for 32 positions. Reads p[0..32 + kWidth - 1).
__attribute__((target("avx2"), always_inline)) inline void Avx2Buckets(
    const std::uint8_t* p, const Avx2Tables& tables, __m256i* low,
    __m256i* high) {
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  __m256i a = _mm256_set1_epi8(-1), b = a;
  for (std::size_t j = 0; j < kWidth; ++j) {
    const __m256i v =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + j));
    const __m256i lo = _mm256_and_si256(v, nibble);
    const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
    a = _mm256_and_si256(
        a, _mm256_and_si256(_mm256_shuffle_epi8(tables.lo[0][j], lo),
                            _mm256_shuffle_epi8(tables.hi[0][j], hi)));
    b = _mm256_and_si256(
        b, _mm256_and_si256(_mm256_shuffle_epi8(tables.lo[1][j], lo),
                            _mm256_shuffle_epi8(tables.hi[1][j], hi)));
  }
  *low = a;
  *high = b;
}

// Buckets 0-7 of 64 positions (two blocks) to low[], 8-15 to high[].
__attribute__((target("avx2"), always_inline)) inline void Avx2Store(
    std::uint8_t* low, std::uint8_t* high, __m256i low0, __m256i high0,
    __m256i low1, __m256i high1) {
  _mm256_store_si256(reinterpret_cast<__m256i*>(low), low0);
  _mm256_store_si256(reinterpret_cast<__m256i*>(high), high0);
  _mm256_store_si256(reinterpret_cast<__m256i*>(low + 32), low1);
  _mm256_store_si256(reinterpret_cast<__m256i*>(high + 32), high1);
}

__attribute__((target("avx2"), always_inline)) inline std::uint64_t
NonZeroBytes(__m256i buckets) {
  return ~static_cast<std::uint32_t>(
      _mm256_movemask_epi8(_mm256_cmpeq_epi8(buckets, _mm256_setzero_si256())));
}

}  // namespace

__attribute__((target("ssse3"))) std::size_t Prefilter::FindSsse3Tables(
    std::string_view text, std::size_t from) const {
  constexpr std::size_t npos = std::string_view::npos;
  constexpr std::size_t kBlock = 16;
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  Ssse3Tables tables;
  for (std::size_t k = 0; k < 2; ++k) {
    for (std::size_t j = 0; j < kProbeBytes; ++j) {
      tables.lo[k][j] =
          _mm_load_si128(reinterpret_cast<const __m128i*>(lo_[k][j]));
      tables.hi[k][j] =
          _mm_load_si128(reinterpret_cast<const __m128i*>(hi_[k][j]));
    }
  }
  std::size_t best = npos;
  alignas(16) std::uint8_t found[2][kBlock];
  // Probes are tested at positions q >= from; an anchor found through the
  // probe at q starts at q - offset. Once a start is known, probes up to
  // max_offset_ further on can still give an earlier start. A block reads
  // kProbeBytes - 1 bytes past its positions.
  std::size_t q = from;
  __m128i low, high;
  for (; q + kBlock + kProbeBytes - 1 <= n; q += kBlock) {
    Ssse3Buckets(t + q, tables, &low, &high);
    const unsigned mask = NonZeroBytes(_mm_or_si128(low, high));
    if (mask != 0) {
      _mm_store_si128(reinterpret_cast<__m128i*>(found[0]), low);
      _mm_store_si128(reinterpret_cast<__m128i*>(found[1]), high);
      best = VerifyBuckets(text, q, found[0], found[1], mask, from, best);
      if (best != npos && q + kBlock > best + max_offset_) return best;
    }
  }
  // The last positions: scanned in a zero-padded copy, the positions past
  // the end masked off. Candidates are verified in the text itself, where a
  // probe cut short by its end does not match.
  for (; q < n; q += kBlock) {
    if (best != npos && q > best + max_offset_) break;
    alignas(16) std::uint8_t pad[2 * kBlock] = {};
    std::memcpy(pad, t + q, std::min(n - q, 2 * kBlock));
    Ssse3Buckets(pad, tables, &low, &high);
    unsigned mask = NonZeroBytes(_mm_or_si128(low, high));
    if (n - q < kBlock) mask &= (1u << (n - q)) - 1;
    if (mask != 0) {
      _mm_store_si128(reinterpret_cast<__m128i*>(found[0]), low);
      _mm_store_si128(reinterpret_cast<__m128i*>(found[1]), high);
      best = VerifyBuckets(text, q, found[0], found[1], mask, from, best);
    }
  }
  return best;
}

__attribute__((target("avx2"))) std::size_t Prefilter::FindAvx2Tables(
    std::string_view text, std::size_t from) const {
  constexpr std::size_t npos = std::string_view::npos;
  constexpr std::size_t kBlock = 32;
  // Two blocks a step, with one branch for both: most steps have no
  // candidate.
  constexpr std::size_t kStep = 2 * kBlock;
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  Avx2Tables tables;
  for (std::size_t k = 0; k < 2; ++k) {
    for (std::size_t j = 0; j < kProbeBytes; ++j) {
      tables.lo[k][j] = Avx2Table(lo_[k][j]);
      tables.hi[k][j] = Avx2Table(hi_[k][j]);
    }
  }
  std::size_t best = npos;
  // found[0]: buckets 0-7, found[1]: 8-15, of the step's 64 positions.
  alignas(32) std::uint8_t found[2][kStep];
  // As in FindSsse3Tables.
  std::size_t q = from;
  __m256i low0, high0, low1, high1;
  for (; q + kStep + kProbeBytes - 1 <= n; q += kStep) {
    Avx2Buckets(t + q, tables, &low0, &high0);
    Avx2Buckets(t + q + kBlock, tables, &low1, &high1);
    const __m256i any0 = _mm256_or_si256(low0, high0);
    const __m256i any1 = _mm256_or_si256(low1, high1);
    const __m256i any = _mm256_or_si256(any0, any1);
    if (!_mm256_testz_si256(any, any)) {
      Avx2Store(found[0], found[1], low0, high0, low1, high1);
      const std::uint64_t mask = NonZeroBytes(any0) | NonZeroBytes(any1) << 32;
      best = VerifyBuckets(text, q, found[0], found[1], mask, from, best);
      if (best != npos && q + kStep > best + max_offset_) return best;
    }
  }
  // The last positions, as in FindSsse3Tables.
  for (; q < n; q += kStep) {
    if (best != npos && q > best + max_offset_) break;
    alignas(32) std::uint8_t pad[kStep + kBlock] = {};
    std::memcpy(pad, t + q, std::min(n - q, kStep + kBlock));
    Avx2Buckets(pad, tables, &low0, &high0);
    Avx2Buckets(pad + kBlock, tables, &low1, &high1);
    std::uint64_t mask = NonZeroBytes(_mm256_or_si256(low0, high0)) |
                         NonZeroBytes(_mm256_or_si256(low1, high1)) << 32;
    if (n - q < kStep) mask &= ~std::uint64_t{0} >> (kStep - (n - q));
    if (mask != 0) {
      Avx2Store(found[0], found[1], low0, high0, low1, high1);
      best = VerifyBuckets(text, q, found[0], found[1], mask, from, best);
    }
  }
  return best;
}
#endif

std::size_t Prefilter::FindPairRows(std::string_view text,
                                    std::size_t from) const {
  constexpr std::size_t npos = std::string_view::npos;
  std::size_t best = npos;
#if defined(__SSE2__)
  constexpr std::size_t kBlock = 16;
  const auto* t = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  const std::size_t probes = probes_.size();
  const auto* rows = reinterpret_cast<const __m128i*>(rows_.data());
  // Bit i set: some probe matches at p + i. Reads p[0..17].
  auto candidates = [rows, probes](const std::uint8_t* p) {
    __m128i v[kProbeBytes];
    for (std::size_t j = 0; j < kProbeBytes; ++j) {
      v[j] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
    }
    __m128i any = _mm_setzero_si128();
    for (std::size_t k = 0; k < probes; ++k) {
      const __m128i* r = rows + 2 * kProbeBytes * k;
      __m128i all = _mm_set1_epi8(-1);
      for (std::size_t j = 0; j < kProbeBytes; ++j) {
        all = _mm_and_si128(
            all, _mm_cmpeq_epi8(_mm_or_si128(v[j], _mm_loadu_si128(r + 2 * j)),
                                _mm_loadu_si128(r + 2 * j + 1)));
      }
      any = _mm_or_si128(any, all);
    }
    return static_cast<unsigned>(_mm_movemask_epi8(any));
  };
  auto verify = [&](std::size_t q, unsigned mask) {
    while (mask != 0) {
      const std::size_t at = q + static_cast<std::size_t>(__builtin_ctz(mask));
      mask &= mask - 1;
      best = std::min(best, VerifyAt(text, at, from));
    }
  };
  // As in FindSsse3Tables, with the last positions in a zero-padded copy.
  std::size_t q = from;
  for (; q + kBlock + kProbeBytes - 1 <= n; q += kBlock) {
    const unsigned mask = candidates(t + q);
    if (mask != 0) {
      verify(q, mask);
      if (best != npos && q + kBlock > best + max_offset_) return best;
    }
  }
  for (; q < n; q += kBlock) {
    if (best != npos && q > best + max_offset_) break;
    std::uint8_t pad[2 * kBlock] = {};
    std::memcpy(pad, t + q, std::min(n - q, 2 * kBlock));
    unsigned mask = candidates(pad);
    if (n - q < kBlock) mask &= (1u << (n - q)) - 1;
    verify(q, mask);
  }
#else
  for (std::size_t q = from; q < text.size(); ++q) {
    if (best != npos && q > best + max_offset_) break;
    best = std::min(best, VerifyAt(text, q, from));
  }
#endif
  return best;
}

std::size_t Prefilter::Find(std::string_view text, std::size_t from) const {
  if (probes_.empty() || from >= text.size()) return std::string_view::npos;
  switch (scan_) {
#if defined(DIPLOTIER_HAVE_X86_DISPATCH)
    case PrefilterScan::kAvx2Tables:
      return FindAvx2Tables(text, from);
    case PrefilterScan::kSsse3Tables:
      return FindSsse3Tables(text, from);
#endif
    default:
      return FindPairRows(text, from);
  }
}

}  // namespace internal
}  // namespace diplotier
