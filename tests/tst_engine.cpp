// The extraction rules on small texts with a small gazetteer built in the test: partners
// must be bound to China's cooperation, dates come from the right cues, pledges carry their
// deadline, amount and actor.

#include "articlescan.h"
#include "engine.h"
#include "pledgeparser.h"

#include <QtTest>

namespace {

const char *const kGazetteer = R"({"entities": [
 {"id": "CHN", "kind": "self", "name_en": "China", "name_zh": "中国", "aliases_zh": ["我国", "中方"],
  "adjectives_en": ["Chinese"], "metonyms_en": ["Beijing"]},
 {"id": "USA", "kind": "country", "name_en": "United States", "name_zh": "美国",
  "aliases_en": ["U.S."], "aliases_zh": ["美方"], "acronyms": ["US"], "compounds_en": ["Sino-U.S.", "China-U.S."], "compounds_zh": ["中美"]},
 {"id": "FRA", "kind": "country", "name_en": "France", "name_zh": "法国", "metonyms_en": ["Paris"], "compounds_zh": ["中法"]},
 {"id": "BEL", "kind": "country", "name_en": "Belgium", "name_zh": "比利时"},
 {"id": "KEN", "kind": "country", "name_en": "Kenya", "name_zh": "肯尼亚"},
 {"id": "DEU", "kind": "country", "name_en": "Germany", "name_zh": "德国", "adjectives_en": ["German"], "metonyms_en": ["Berlin"], "compounds_en": ["Sino-German", "China-Germany"]},
 {"id": "LAO", "kind": "country", "name_en": "Laos", "name_zh": "老挝"},
 {"id": "KHM", "kind": "country", "name_en": "Cambodia", "name_zh": "柬埔寨"},
 {"id": "MMR", "kind": "country", "name_en": "Myanmar", "name_zh": "缅甸"},
 {"id": "WSM", "kind": "country", "name_en": "Samoa", "name_zh": "萨摩亚"},
 {"id": "ETH", "kind": "country", "name_en": "Ethiopia", "name_zh": "埃塞俄比亚"},
 {"id": "FJI", "kind": "country", "name_en": "Fiji", "name_zh": "斐济"},
 {"id": "BRA", "kind": "country", "name_en": "Brazil", "name_zh": "巴西"},
 {"id": "PAK", "kind": "country", "name_en": "Pakistan", "name_zh": "巴基斯坦", "adjectives_en": ["Pakistani"]},
 {"id": "G20", "kind": "bloc", "name_en": "Group of Twenty", "aliases_en": ["G20"]},
 {"id": "IFC", "kind": "organisation", "name_en": "International Finance Corporation", "acronyms": ["IFC"]},
 {"id": "NDB", "kind": "organisation", "name_en": "New Development Bank"},
 {"id": "BRI", "kind": "programme", "domestic": true, "name_en": "Belt and Road Initiative", "name_zh": "一带一路"},
 {"id": "MP", "kind": "convention", "name_en": "Montreal Protocol"},
 {"id": "EU", "kind": "bloc", "name_en": "European Union", "name_zh": "欧盟", "acronyms": ["EU"], "compounds_en": ["EU-China"]},
 {"id": "WMO", "kind": "organisation", "name_en": "World Meteorological Organization", "acronyms": ["WMO"]},
 {"id": "UNFCCC", "kind": "convention", "name_en": "UN Framework Convention on Climate Change", "acronyms": ["UNFCCC"]},
 {"id": "paris_agreement", "kind": "convention", "name_en": "Paris Agreement", "name_zh": "巴黎协定"},
 {"id": "XINHUA", "kind": "media", "name_en": "Xinhua", "name_zh": "新华社"},
 {"id": "developed_countries", "kind": "group", "name_en": "developed countries", "name_zh": "发达国家"},
 {"id": "DEVELOPING", "kind": "group", "name_en": "developing countries", "name_zh": "发展中国家"}
]})";

struct Fixture
{
    cpe::Gazetteer gazetteer;
    cpe::Taxonomy taxonomy;
    std::unique_ptr<cpe::Engine> engine;
    Fixture()
    {
        QString error;
        if (!gazetteer.loadJson(QByteArray(kGazetteer), &error))
            qFatal("test gazetteer: %s", qPrintable(error));
        QFile t(QStringLiteral(":/cpe/data/taxonomy.json"));
        if (!t.open(QIODevice::ReadOnly) || !taxonomy.loadJson(t.readAll(), &error))
            qFatal("taxonomy: %s", qPrintable(error));
        engine = std::make_unique<cpe::Engine>(gazetteer, taxonomy);
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

cpe::ArticleExtraction run(const QString &text, const QString &metaDate = {})
{
    cpe::Article a;
    a.id = QStringLiteral("t");
    a.text = text;
    a.meta.date = metaDate;
    return fixture().engine->extract(a);
}

// The shipped gazetteer: the Chinese short forms and agencies are data, not test fixtures.
cpe::ArticleExtraction runBundled(const QString &text)
{
    cpe::Article a;
    a.id = QStringLiteral("t");
    a.text = text;
    return cpe::Engine::bundled().extract(a);
}

QStringList partnerIds(const cpe::ArticleExtraction &x)
{
    QStringList ids;
    for (const auto &p : x.partnerships)
        ids.append(p.partnerId);
    ids.sort();
    return ids;
}

// A row of a "text" / "expected" table: the partners "extract" finds in the text, in any order.
template<typename Extract>
void comparePartnersOfRow(Extract extract)
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    expected.sort();
    QCOMPARE(partnerIds(extract(text)), expected);
}

} // namespace

class TestEngine final : public QObject
{
    Q_OBJECT

private slots:
    void partners_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("china and X agreed") << QStringLiteral(
            "China and France agreed on Monday to deepen cooperation on renewable energy and climate change.")
                                            << QStringList{QStringLiteral("FRA")};
        QTest::newRow("with X, listed") << QStringLiteral(
            "China has signed climate cooperation agreements with Germany, France and Kenya on solar power.")
                                        << QStringList{QStringLiteral("DEU"), QStringLiteral("FRA"), QStringLiteral("KEN")};
        QTest::newRow("venue is not a partner") << QStringLiteral(
            "A joint statement on climate change was issued after Chinese leaders met EU leaders in Belgium.")
                                                << QStringList{QStringLiteral("EU")};
        QTest::newRow("report author is not a partner") << QStringLiteral(
            "China's emissions fell, according to a climate report from the World Meteorological Organization. "
            "China and the EU agreed to cooperate on carbon markets.")
                                                        << QStringList{QStringLiteral("EU")};
        QTest::newRow("news agency is not a partner") << QStringLiteral(
            "China and the U.S. will set up a joint working group on climate change, Xinhua reported.")
                                                      << QStringList{QStringLiteral("USA")};
        QTest::newRow("convention is not a partner") << QStringLiteral(
            "China and the EU will work together to enhance the implementation of the UNFCCC on climate.")
                                                     << QStringList{QStringLiteral("EU")};
        QTest::newRow("compound") << QStringLiteral(
            "The Sino-German electric vehicle project was launched to cut carbon emissions.")
                                  << QStringList{QStringLiteral("DEU")};
        QTest::newRow("training venue") << QStringLiteral(
            "China held a training session on renewable energy in Kenya in December 2008 on climate.")
                                        << QStringList{QStringLiteral("KEN")};
        QTest::newRow("no cooperation, no partner") << QStringLiteral(
            "France and Kenya both suffered heat waves as the climate warmed, China said.")
                                                    << QStringList{};
        QTest::newRow("no climate, no partner") << QStringLiteral(
            "China and France agreed to cooperate on football. China and France signed a trade agreement.")
                                                << QStringList{};
        QTest::newRow("chinese") << QStringLiteral(
            "中国与法国签署了应对气候变化合作协议，双方将在可再生能源领域加强合作。中美两国同意推动碳市场合作。")
                                 << QStringList{QStringLiteral("FRA"), QStringLiteral("USA")};
        QTest::newRow("group possessive is not a partner") << QStringLiteral(
            "China and the EU stressed climate action on emissions, reiterating developed countries' commitment to jointly "
            "mobilize funds for the needs of developing countries.")
                                                           << QStringList{QStringLiteral("EU")};
        QTest::newRow("helped X and Y build") << QStringLiteral(
            "China has helped Laos and Cambodia build low-carbon demonstration zones.")
                                              << QStringList{QStringLiteral("KHM"), QStringLiteral("LAO")};
        QTest::newRow("provided to countries such as") << QStringLiteral(
            "China has also provided solar street lamps to countries such as Myanmar and Samoa.")
                                                       << QStringList{QStringLiteral("MMR"), QStringLiteral("WSM")};
        QTest::newRow("demonym beneficiaries") << QStringLiteral(
            "The Chinese company trained hundreds of Pakistani engineers at the hydropower plant.")
                                               << QStringList{QStringLiteral("PAK")};
        QTest::newRow("participants continue the training") << QStringLiteral(
            "China held a training course on climate change for officials in Beijing.\n"
            "The participants, who came from countries including Ethiopia and Fiji, attended lectures.")
                                                            << QStringList{QStringLiteral("ETH"), QStringLiteral("FJI")};
        QTest::newRow("announcement venue is not a partner") << QStringLiteral(
            "The training programme was announced in Paris, when China said it would help developing countries on climate.")
                                                             << QStringList{QStringLiteral("DEVELOPING")};
        QTest::newRow("belt and road is china's own") << QStringLiteral(
            "China and Kenya agreed to cooperate on solar power under the Belt and Road Initiative.")
                                                      << QStringList{QStringLiteral("KEN")};
        QTest::newRow("chinese-built in X") << QStringLiteral(
            "The Chinese-built solar plant entered commercial operation in Pakistan.")
                                            << QStringList{QStringLiteral("PAK")};
        QTest::newRow("demonym ministry is a party") << QStringLiteral(
            "In Berlin, the German Ministry of Economy and China's National Energy Administration agreed to cooperate on offshore wind.")
                                                     << QStringList{QStringLiteral("DEU")};
        QTest::newRow("demonym government is a party") << QStringLiteral(
            "The Pakistani government and China signed an agreement on solar power.")
                                                       << QStringList{QStringLiteral("PAK")};
        QTest::newRow("demonym without an institution is not") << QStringLiteral(
            "A German company said China and France agreed to cooperate on wind power.")
                                                               << QStringList{QStringLiteral("FRA")};
        QTest::newRow("participants after the workshop") << QStringLiteral(
            "China held a training workshop on climate adaptation in Beijing.\n"
            "The workshop covered early warning and flood control.\n"
            "Participants came from countries including Ethiopia and Fiji.")
                                                         << QStringList{QStringLiteral("ETH"), QStringLiteral("FJI")};
        QTest::newRow("participants without a china event") << QStringLiteral(
            "France held a workshop on climate adaptation in Paris.\n"
            "Participants came from countries including Ethiopia and Fiji.")
                                                            << QStringList{};
        QTest::newRow("a currency is not a country") << QStringLiteral(
            "China and France agreed to mobilize 100 billion U.S. dollars for solar power.")
                                                     << QStringList{QStringLiteral("FRA")};
        QTest::newRow("US$ is not a country") << QStringLiteral(
            "China and Kenya signed a US$2 billion agreement on solar power.")
                                              << QStringList{QStringLiteral("KEN")};
        QTest::newRow("a chinese firm is china's side") << QStringLiteral(
            "China expanded its clean energy investment abroad. In Kenya, a wind farm built by PowerChina started operation.")
                                                          << QStringList{QStringLiteral("KEN")};
        QTest::newRow("a chinese firm signs with X") << QStringLiteral(
            "China leads in clean energy. CATL signed a battery cooperation agreement with Brazil.")
                                                     << QStringList{QStringLiteral("BRA")};
        QTest::newRow("a foreign firm is not china's side") << QStringLiteral(
            "China expanded its clean energy investment abroad. In Kenya, a wind farm built by a French company started operation.")
                                                            << QStringList{};
        QTest::newRow("implemented by an agency") << QStringLiteral(
            "The China-Germany solar project was implemented by the International Finance Corporation.")
                                                  << QStringList{QStringLiteral("DEU"), QStringLiteral("IFC")};
    }
    void partners() { comparePartnersOfRow([](const QString &text) { return run(text); }); }

    // A foreign company is not its country; China's own firms are China's side.
    void companiesAreNotCountries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a foreign company is not its country") << QStringLiteral(
            "古巴与中国合作建设光伏电站，古巴还在与俄罗斯企业商谈热电厂改造项目。")
                                            << QStringList{QStringLiteral("CUB")};
        QTest::newRow("China's own firms are China's side") << QStringLiteral(
            "中国企业与老挝合作建设风电项目。")
                                            << QStringList{QStringLiteral("LAO")};
        QTest::newRow("a demonym before company") << QStringLiteral(
            "China and Chile agreed to cooperate on electric buses, and a Japanese company will supply the chargers.")
                                            << QStringList{QStringLiteral("CHL")};
    }
    void placesInsideCountries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a state named after a country") << QStringLiteral(
            "The Chinese-built hydropower station in Nigeria's north-central Niger state supplies clean energy.")
                                                      << QStringList{QStringLiteral("NGA")};
        QTest::newRow("a river named after a country") << QStringLiteral(
            "中国企业在尼日利亚境内的尼日尔河上承建水电站，推动清洁能源合作。") << QStringList{QStringLiteral("NGA")};
        QTest::newRow("state-owned stays the country's") << QStringLiteral(
            "China and Kenya signed an agreement with Kenya state-owned utility KenGen on geothermal power.")
                                                        << QStringList{QStringLiteral("KEN")};
        QTest::newRow("China's state media stay China") << QStringLiteral(
            "China state media said China and Egypt signed a solar power cooperation agreement.")
                                                        << QStringList{QStringLiteral("EGY")};
    }
    void placesInsideCountries() { comparePartnersOfRow(runBundled); }

    void companiesAreNotCountries() { comparePartnersOfRow(runBundled); }

    void chineseNamesDoNotCutAcrossWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentions"); // entity id and alias type per mention
        const QString usa = QStringLiteral("USA:name"), compound = QStringLiteral("USA:compound");
        QTest::newRow("其中 + 美国") << QStringLiteral("其中美国的排放最高。") << QStringList{usa};
        QTest::newRow("完美 方案") << QStringLiteral("双方找到了完美方案。") << QStringList{};
        QTest::newRow("美 方面") << QStringLiteral("在美方面临的问题上。") << QStringList{};
        QTest::newRow("compound kept") << QStringLiteral("中美合作取得进展。") << QStringList{compound};
        QTest::newRow("alias kept") << QStringLiteral("美方表示支持。") << QStringList{usa};
        QTest::newRow("name before 人") << QStringLiteral("美国人口增长。") << QStringList{usa};
    }
    void chineseNamesDoNotCutAcrossWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mentions);
        QFile cues(QStringLiteral(":/cpe/data/cues.json"));
        QFile anchors(QStringLiteral(":/cpe/data/anchors.json"));
        QVERIFY(cues.open(QIODevice::ReadOnly) && anchors.open(QIODevice::ReadOnly));
        const cpe::CueBook book(fixture().gazetteer, fixture().taxonomy, cues.readAll(), anchors.readAll());
        const cpe::ArticleScan scan = cpe::scanArticle(book, fixture().gazetteer, text);
        QStringList found;
        for (const cpe::Mention &m : scan.mentions) {
            found.append(fixture().gazetteer.entities().at(m.entity).id +
                         (m.type == cpe::AliasType::Compound ? QStringLiteral(":compound") : QStringLiteral(":name")));
        }
        QCOMPARE(found, mentions);
    }

    void chineseShortForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("中X from the short form") << QStringLiteral("中沙两国签署了氢能领域合作谅解备忘录，推动清洁能源合作。")
                                              << QStringList{QStringLiteral("SAU")};
        QTest::newRow("X方 from the short form") << QStringLiteral("中方愿同肯方继续深化新能源领域合作。")
                                               << QStringList{QStringLiteral("KEN")};
        QTest::newRow("everyday name") << QStringLiteral("中国与沙特签署可再生能源合作协议。") << QStringList{QStringLiteral("SAU")};
        QTest::newRow("chain after 中") << QStringLiteral("中法德领导人举行视频峰会，就应对气候变化合作深入交流。")
                                      << QStringList{QStringLiteral("DEU"), QStringLiteral("FRA")};
        QTest::newRow("chain stops at a word") << QStringLiteral("中美日前发表应对气候变化合作联合声明。")
                                             << QStringList{QStringLiteral("USA")};
        QTest::newRow("中阿 in an article about Azerbaijan") << QStringLiteral("阿塞拜疆能源部与中国企业签署风电合作协议。阿塞拜疆计划大力发展新能源，中阿清洁能源合作前景广阔。")
                                                          << QStringList{QStringLiteral("AZE")};
        QTest::newRow("news agency stays media") << QStringLiteral("中新社报道，中国与法国同意加强气候合作。")
                                               << QStringList{QStringLiteral("FRA")};
        QTest::newRow("中 + longer name") << QStringLiteral("中巴西两国签署清洁能源合作协议。") << QStringList{QStringLiteral("BRA")};
        QTest::newRow("ministry speaks for China") << QStringLiteral("国家能源局与国际可再生能源署签署可再生能源合作谅解备忘录。")
                                                 << QStringList{QStringLiteral("IRENA")};
        QTest::newRow("China's own fund is no partner") << QStringLiteral(
            "中国宣布出资200亿元人民币建立中国气候变化南南合作基金，开展应对气候变化合作。") << QStringList{};
        QTest::newRow("project built abroad") << QStringLiteral("中国电建承建的卡塔尔光伏电站竣工投运，每年减少碳排放。")
                                              << QStringList{QStringLiteral("QAT")};
        QTest::newRow("projects in listed hosts") << QStringLiteral("在埃及、摩洛哥等国，中国企业也参与建设了一批光伏电站。")
                                                  << QStringList{QStringLiteral("EGY"), QStringLiteral("MAR")};
        QTest::newRow("a policy text's firms build abroad") << QStringLiteral("支持企业在匈牙利、泰国、摩洛哥等国，与当地企业合作建设光伏电站和储能项目。")
                                                         << QStringList{QStringLiteral("HUN"), QStringLiteral("MAR"), QStringLiteral("THA")};
        QTest::newRow("a Chinese grid company speaks for China") << QStringLiteral("今年5月，南方电网与东盟能源中心签署合作备忘录，双方将联合开展区域电网互联规划研究。")
                                                               << QStringList{QStringLiteral("ACE")};
        QTest::newRow("venue stays a venue") << QStringLiteral("在埃及举行的气候大会上，中国与法国签署了清洁能源合作协议。")
                                             << QStringList{QStringLiteral("FRA")};
        QTest::newRow("新方 is Singapore by default") << QStringLiteral("中方愿同新方加强绿色金融合作。")
                                                    << QStringList{QStringLiteral("SGP")};
        QTest::newRow("新方 in an article about New Zealand") << QStringLiteral(
            "新西兰总理访华期间，中方愿同新方加强农业减排合作。") << QStringList{QStringLiteral("NZL")};
        QTest::newRow("中巴 in an article about Brazil") << QStringLiteral(
            "巴西总统访华。中巴双方签署清洁能源合作协议。") << QStringList{QStringLiteral("BRA")};
        QTest::newRow("English: Chinese-built") << QStringLiteral(
            "The Chinese-built solar plant in Kenya now supplies clean energy to 70,000 homes.") << QStringList{QStringLiteral("KEN")};
    }
    void chineseShortForms() { comparePartnersOfRow(runBundled); }

    // China's leaders, envoys, ministries and firms speak for China; a title after a demonym
    // makes it a party ("Hungarian Prime Minister Viktor Orban"); a bank lending to China is a
    // partner.
    void parties_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("South-South cooperation is aid") << QStringLiteral(
            "The agency will install satellite data receiving stations in Laos, Cambodia and Myanmar next year under China's South-South cooperation on climate change.")
                                                        << QStringList{QStringLiteral("KHM"), QStringLiteral("LAO"), QStringLiteral("MMR")};
        QTest::newRow("a country's ministry is a party") << QStringLiteral(
            "During the visit the two governments signed a memorandum of understanding on cooperation in green and low-carbon development and another on cooperation in transport, under which China's Ministry of Transport and Peru's Ministry of Transport and Communications will work together on port decarbonisation, electric buses and rail planning.")
                                                         << QStringList{QStringLiteral("PER")};
        QTest::newRow("a labelled list goes on with China's side") << QStringLiteral(
            "## What was agreed\n\n- **Senegal:** INBAR and the Chinese forestry administration will help set up a bamboo nursery and train 60 local technicians.\n"
            "- **Timor-Leste:** a similar memorandum covers solar home systems and forest fire monitoring drones.")
                                                                  << QStringList{QStringLiteral("INBAR"), QStringLiteral("SEN"), QStringLiteral("TLS")};
        QTest::newRow("a foreign company is no partner") << QStringLiteral(
            "China and Argentina agreed to cooperate on lithium for electric vehicles. Chinese producer Ganfeng Lithium is developing a lithium project for electric vehicle batteries, which it operates jointly with Canada's Lithium Americas.")
                                                         << QStringList{QStringLiteral("ARG")};
        QTest::newRow("a country's agency is a party") << QStringLiteral(
            "Sweden's Energy Agency and China's Ministry of Science and Technology co-fund joint research calls on smart grids and bioenergy.")
                                                       << QStringList{QStringLiteral("SWE")};
        QTest::newRow("a leader's title makes the demonym a party") << QStringLiteral(
            "Chinese President Xi Jinping and Hungarian Prime Minister Viktor Orban agreed to deepen cooperation on new energy vehicles.")
                                                                   << QStringList{QStringLiteral("HUN")};
        QTest::newRow("China's leader speaks for China") << QStringLiteral(
            "In Budapest, Xi and Hungarian Prime Minister Viktor Orban agreed to cooperate on new energy vehicles.")
                                                         << QStringList{QStringLiteral("HUN")};
        QTest::newRow("another ministry speaks for China") << QStringLiteral(
            "工发组织与工业和信息化部合作，在埃塞俄比亚开展光伏培训项目。") << QStringList{QStringLiteral("UNIDO")};
        QTest::newRow("a donation is cooperation") << QStringLiteral("中国气象局向汤加捐赠了自动气象站，帮助其提升灾害预警能力。")
                                                  << QStringList{QStringLiteral("TON")};
        QTest::newRow("plants Chinese firms built abroad") << QStringLiteral(
            "Under the Belt and Road Initiative, Chinese companies have built solar plants in Egypt, Pakistan and Kazakhstan.")
            << QStringList{QStringLiteral("EGY"), QStringLiteral("KAZ"), QStringLiteral("PAK")};
        QTest::newRow("a bank's founders are not partners") << QStringLiteral(
            "新开发银行由巴西、俄罗斯、印度、中国和南非五国于2015年共同创立。中国与新开发银行签署了可再生能源贷款协议。")
            << QStringList{QStringLiteral("NDB")};
        QTest::newRow("founders in English") << QStringLiteral(
            "The New Development Bank, founded by Brazil, Russia, India, China and South Africa, finances solar power.")
            << QStringList{};
        QTest::newRow("two founders are a joint initiative") << QStringLiteral("该联盟由中国和法国共同发起成立，致力于推动清洁能源合作。")
                                                             << QStringList{QStringLiteral("FRA")};
        QTest::newRow("a place after a contrast is no venue") << QStringLiteral(
            "China built a record 200 GW of solar capacity at home in 2023, while installations in India slowed.")
            << QStringList{};
        QTest::newRow("a place after 而 is no venue") << QStringLiteral("中国企业在埃及援建了光伏电站，而在印度，新增装机有所放缓。")
                                                     << QStringList{QStringLiteral("EGY")};
        QTest::newRow("aid alone is cooperation") << QStringLiteral("中国为埃塞俄比亚研制并发射了微小卫星，用于气象监测和灾害预警。")
                                                 << QStringList{QStringLiteral("ETH")};
        QTest::newRow("a plan to build is no aid") << QStringLiteral(
            "China and Morocco signed a hydrogen deal. China Energy Engineering signed an agreement with a Moroccan consortium to design and build a solar plant that would export power to Europe.")
            << QStringList{QStringLiteral("MAR")};
        QTest::newRow("a loan to China") << QStringLiteral("The World Bank approved a loan to China for solar power.")
                                         << QStringList{QStringLiteral("WB")};
        QTest::newRow("a Chinese firm is China's part in the article") << QStringLiteral(
            "PowerChina signed a contract with Uzbekistan for a 1-gigawatt wind farm.") << QStringList{QStringLiteral("UZB")};
        QTest::newRow("国务院总理 speaks for China") << QStringLiteral(
            "国务院总理李强同德国总理朔尔茨举行会谈，双方同意建立气候变化和绿色转型对话合作机制。") << QStringList{QStringLiteral("DEU")};
        QTest::newRow("a policy text leaves China unsaid") << QStringLiteral(
            "中国发布绿色发展规划。与联合国环境规划署等国际机构共同推进绿色发展国际联盟建设。") << QStringList{QStringLiteral("UNEP")};
        QTest::newRow("a short verb before 与") << QStringLiteral(
            "国务院印发碳达峰方案，中国将推进绿色转型。加强与法国、德国在绿色金融和能效领域的合作。") << QStringList{QStringLiteral("DEU"), QStringLiteral("FRA")};
        QTest::newRow("与此同时 opens no partnership") << QStringLiteral(
            "中国发布绿色发展规划。与此同时，美国与欧盟签署清洁能源合作协议。") << QStringList{};
        QTest::newRow("a list item labelled with a country") << QStringLiteral(
            "The seminar was run by China's National Forestry and Grassland Administration.\n\n- **Senegal:** INBAR and the Chinese "
            "forestry administration will help set up a bamboo nursery in the Casamance region, and train 60 local technicians.")
            << QStringList{QStringLiteral("INBAR"), QStringLiteral("SEN")};
        QTest::newRow("sharing experience with BRICS partners") << QStringLiteral(
            "中方愿与金砖伙伴分享全国碳排放权交易市场建设经验。") << QStringList{QStringLiteral("BRICS")};
        QTest::newRow("English: a Chinese ministry signs") << QStringLiteral(
            "The National Energy Administration and Kenya signed a memorandum of understanding on solar power cooperation.")
                                                          << QStringList{QStringLiteral("KEN")};
    }
    void parties() { comparePartnersOfRow(runBundled); }

    // Every item of a Chinese list gets the link and the list's sectors; "sector" is one
    // that each expected partner must have (empty: not checked).
    void chineseLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("sector");
        QTest::newRow("来自 A、B和C") << QStringLiteral("中国气象局举办的气候适应培训班在北京结业，来自老挝、柬埔寨和缅甸的学员参加了培训。")
                                    << QStringList{QStringLiteral("KHM"), QStringLiteral("LAO"), QStringLiteral("MMR")} << QStringLiteral("capacity_building");
        QTest::newRow("participants next sentence") << QStringLiteral("中方在北京举办了应对气候变化南南合作培训班。来自斐济、汤加等12个国家的学员参加了培训。")
                                                    << QStringList{QStringLiteral("FJI"), QStringLiteral("TON")} << QStringLiteral("capacity_building");
        QTest::newRow("等 + class name keeps the scope") << QStringLiteral("研讨会期间，中国还为老挝、柬埔寨等东盟国家的官员举办了碳市场培训。")
                                                         << QStringList{QStringLiteral("ASEAN"), QStringLiteral("KHM"), QStringLiteral("LAO")} << QStringLiteral("carbon_markets");
        QTest::newRow("等 + a rounded count + class name") << QStringLiteral("中国与埃塞俄比亚、巴基斯坦等30余个发展中国家开展减缓和适应气候变化项目。")
                                                         << QStringList{QStringLiteral("DEVELOPING"), QStringLiteral("ETH"), QStringLiteral("PAK")} << QStringLiteral("adaptation");
        QTest::newRow("双方 past a sentence about developed countries") << QStringLiteral(
            "中国与法国签署气候变化合作协议。倡议强调，发达国家应提高向发展中国家提供资金支持的透明度。双方同意加强在绿色金融领域的交流合作。")
            << QStringList{QStringLiteral("FRA")} << QStringLiteral("finance");
        QTest::newRow("与 + partner: what follows is theirs") << QStringLiteral(
            "中阿合作论坛部长级会议期间，中方与阿拉伯国家联盟签署了关于加强可再生能源合作的谅解备忘录。")
            << QStringList{QStringLiteral("ARAB_LEAGUE"), QStringLiteral("ARAB_STATES")} << QStringLiteral("clean_energy");
        QTest::newRow("short name in brackets is the same item") << QStringLiteral("中国与全球环境基金、联合国工业发展组织（工发组织）合作实施“中国燃料电池汽车商业化发展项目”。")
                                                                 << QStringList{QStringLiteral("GEF"), QStringLiteral("UNIDO")} << QStringLiteral("transport");
        QTest::newRow("quoted title is not another party") << QStringLiteral("中方将与非洲联盟共同实施“非洲能源互联互通”研究，支持非洲电网规划。")
                                                           << QStringList{QStringLiteral("AU")} << QStringLiteral("clean_energy");
        QTest::newRow("ministerial mechanism") << QStringLiteral("中韩两国同意通过中韩环境部长会议机制加强环境合作。")
                                               << QStringList{QStringLiteral("KOR")} << QStringLiteral("policy_dialogue");
        QTest::newRow("power interconnection") << QStringLiteral("中国与老挝签署协议，合作开展电力互联互通和电力市场建设。")
                                               << QStringList{QStringLiteral("LAO")} << QStringLiteral("clean_energy");
        QTest::newRow("country + project items") << QStringLiteral("中国企业承建的肯尼亚加里萨光伏电站、埃及本班光伏产业园二期、巴基斯坦卡洛特水电站等项目已成为清洁能源合作的标志性工程。")
                                                 << QStringList{QStringLiteral("EGY"), QStringLiteral("KEN"), QStringLiteral("PAK")} << QStringLiteral("clean_energy");
        QTest::newRow("owner of a quoted initiative") << QStringLiteral("中方将与埃及开展防灾减灾合作，支持埃及落实联合国“全民早期预警”倡议。")
                                                      << QStringList{QStringLiteral("EGY")} << QStringLiteral("adaptation");
        QTest::newRow("not a list: 与 after a verb") << QStringLiteral("日本举行了国际会议，中国与韩国签署了清洁能源合作协议。")
                                                     << QStringList{QStringLiteral("KOR")} << QString();
    }
    void chineseLists()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QString, sector);
        expected.sort();
        const auto x = runBundled(text);
        QCOMPARE(partnerIds(x), expected);
        for (const auto &p : x.partnerships)
            QVERIFY2(sector.isEmpty() || p.sectors.contains(sector), qPrintable(p.partnerId + QLatin1Char(' ') + p.sectors.join(QLatin1Char(','))));
    }

    // Every pledge of a Chinese sentence, as "actor kind target base amount": each target takes
    // the year of its own clause, 均/都 give it to every listed actor, cuts have their base.
    void pledgesOfASentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two targets joined by 、") << QStringLiteral("巴西力争2030年前实现碳达峰、2050年前实现碳中和。")
            << QStringList{QStringLiteral("BRA carbon_neutrality 2050 0 -"), QStringLiteral("BRA peak_emissions 2030 0 -")};
        QTest::newRow("two targets, two clauses") << QStringLiteral("越南承诺在2040年实现碳中和，在2050年实现净零排放。")
            << QStringList{QStringLiteral("VNM carbon_neutrality 2040 0 -"), QStringLiteral("VNM net_zero 2050 0 -")};
        QTest::newRow("list item without 在") << QStringLiteral("新西兰提出在2040年实现碳中和、2050年实现净零排放。")
            << QStringList{QStringLiteral("NZL carbon_neutrality 2040 0 -"), QStringLiteral("NZL net_zero 2050 0 -")};
        QTest::newRow("均 shares the target") << QStringLiteral("法国和德国均承诺到2045年实现碳中和。")
            << QStringList{QStringLiteral("DEU carbon_neutrality 2045 0 -"), QStringLiteral("FRA carbon_neutrality 2045 0 -")};
        QTest::newRow("都 after a 、 list") << QStringLiteral("印度、巴西都提出到2070年实现净零排放。")
            << QStringList{QStringLiteral("BRA net_zero 2070 0 -"), QStringLiteral("IND net_zero 2070 0 -")};
        QTest::newRow("no sharing word, nearest actor") << QStringLiteral("英国和法国举行会谈，法国承诺到2050年实现碳中和。")
            << QStringList{QStringLiteral("FRA carbon_neutrality 2050 0 -")};
        QTest::newRow("a hedge governs its clause past the deadline") << QStringLiteral("有专家预计，法国的碳排放总量可能在2030年前后达到峰值。")
            << QStringList{};
        QTest::newRow("向 names who receives") << QStringLiteral("法国将向肯尼亚提供3000万元人民币无偿援助。")
            << QStringList{QStringLiteral("FRA climate_finance 0 0 3e+07")};
        QTest::newRow("为 names who receives") << QStringLiteral("宣言呼吁发达国家到2035年每年为发展中国家提供至少3000亿美元气候资金。")
            << QStringList{QStringLiteral("developed_countries climate_finance 2035 0 3e+11")};
        QTest::newRow("a name with its own 'will' outranks the pair") << QStringLiteral(
            "China and Fiji issued a joint statement on climate change. The two sides call on developed countries to honour their obligations, "
            "under which developed countries will take the lead in mobilising at least 300 billion US dollars per year by 2035.")
            << QStringList{QStringLiteral("developed_countries climate_finance 2035 0 3e+11")};
        QTest::newRow("each Chinese deadline leads its own cue") << QStringLiteral("中国发布行动方案。为深入落实关于碳达峰碳中和的重大决策，确保2030年前实现碳达峰，力争2060年前实现碳中和，制定本方案。")
            << QStringList{QStringLiteral("CHN carbon_neutrality 2060 0 -"), QStringLiteral("CHN peak_emissions 2030 0 -")};
        QTest::newRow("安排 funds") << QStringLiteral("法国将安排2亿元人民币开展为期3年的应对气候变化国际合作。")
            << QStringList{QStringLiteral("FRA climate_finance 0 0 2e+08")};
        QTest::newRow("截至 reports where things stood") << QStringLiteral("截至2021年底，法国可再生能源发电装机规模已突破1亿千瓦。")
            << QStringList{};
        QTest::newRow("比 base") << QStringLiteral("欧盟承诺到2030年温室气体排放量比1990年至少减少55%。")
            << QStringList{QStringLiteral("EU emissions_reduction 2030 1990 55")};
        QTest::newRow("在…基础上 base") << QStringLiteral("加拿大提出到2030年排放量在2005年基础上降低40%。")
            << QStringList{QStringLiteral("CAN emissions_reduction 2030 2005 40")};
        QTest::newRow("fiscal years") << QStringLiteral("日本提出2030财年排放量较2013财年减少46%。")
            << QStringList{QStringLiteral("JPN emissions_reduction 2030 2013 46")};
        QTest::newRow("each clause its own base") << QStringLiteral("韩国承诺到2030年排放量在2018年基础上减少40%，日本则提出2030财年排放量较2013财年减少46%。")
            << QStringList{QStringLiteral("JPN emissions_reduction 2030 2013 46"), QStringLiteral("KOR emissions_reduction 2030 2018 40")};
        // A figure or base year belongs to the target that can have it: a peak or neutrality
        // goal has neither, though the sentence gives them to a neighbouring target.
        QTest::newRow("gigawatts are not the peak's") << QStringLiteral("China has pledged to peak emissions before 2030 and reach carbon neutrality before 2060, and added a record 217 GW of solar capacity last year.")
            << QStringList{QStringLiteral("CHN carbon_neutrality 2060 0 -"), QStringLiteral("CHN peak_emissions 2030 0 -")};
        QTest::newRow("the intensity's base and share") << QStringLiteral("中国承诺二氧化碳排放2030年左右达到峰值，到2030年单位国内生产总值二氧化碳排放比2005年下降60%至65%。")
            << QStringList{QStringLiteral("CHN intensity_reduction 2030 2005 60"), QStringLiteral("CHN peak_emissions 2030 0 -")};
        QTest::newRow("the cut's base, not neutrality's") << QStringLiteral("The EU committed to cut net emissions by at least 55 percent by 2030 compared with 1990 levels and to reach climate neutrality by 2050.")
            << QStringList{QStringLiteral("EU carbon_neutrality 2050 0 -"), QStringLiteral("EU emissions_reduction 2030 1990 55")};
        QTest::newRow("reported would, deadline opening the clause") << QStringLiteral("Xi said that by 2035 China would reduce its economy-wide net greenhouse gas emissions by 7 to 10 percent from peak levels.")
            << QStringList{QStringLiteral("CHN emissions_reduction 2035 0 10")};
        // A second figure and deadline joined by "and" is a second target of the same kind.
        QTest::newRow("a second figure and deadline") << QStringLiteral("Brazil pledged to cut greenhouse gas emissions 48% by 2025 and 53% by 2030 from 2005 levels.")
            << QStringList{QStringLiteral("BRA emissions_reduction 2025 2005 48"), QStringLiteral("BRA emissions_reduction 2030 2005 53")};
        QTest::newRow("a second figure after by") << QStringLiteral("Sierra Leone commits to reduce greenhouse gas emissions by 10% by 2030 and by 25% by 2050 relative to business as usual.")
            << QStringList{QStringLiteral("SLE emissions_reduction 2030 0 10"), QStringLiteral("SLE emissions_reduction 2050 0 25")};
        // Later targets of one list share its deadline; "added" reports what was said.
        QTest::newRow("a list of targets shares its deadline") << QStringLiteral("President Xi Jinping added that China would lower its carbon dioxide emissions per unit of GDP by over 65% from the 2005 level by 2030, raise the share of non-fossil fuels in primary energy consumption to around 25%, and bring total installed wind and solar capacity to over 1,200 gigawatts.")
            << QStringList{QStringLiteral("CHN intensity_reduction 2030 2005 65"), QStringLiteral("CHN non_fossil_share 2030 0 25"), QStringLiteral("CHN renewable_capacity 2030 0 1200")};
        // The contribution carries the targets; it is no target of its own.
        QTest::newRow("a contribution carries the target") << QStringLiteral("Peru's nationally determined contribution aims to reduce greenhouse gas emissions by 30% by 2030 relative to business as usual.")
            << QStringList{QStringLiteral("PER emissions_reduction 2030 0 30")};
        // An English deadline before a cue is the previous cue's; "a cut in … emissions" is a cue.
        QTest::newRow("each English cue its own deadline") << QStringLiteral("The EU has written into law its goal of climate neutrality by 2050 and a cut in net greenhouse gas emissions of at least 55% by 2030 from 1990 levels.")
            << QStringList{QStringLiteral("EU carbon_neutrality 2050 0 -"), QStringLiteral("EU emissions_reduction 2030 1990 55")};
        // A head of government speaks for the country.
        QTest::newRow("a leader holds the country's pledge") << QStringLiteral("Across the Atlantic, President Biden pledged in April to cut emissions by 50% below 2005 levels by 2030.")
            << QStringList{QStringLiteral("USA emissions_reduction 2030 2005 50")};
        // "The Andean nation" is the country named before; the plan's addressee holds nothing.
        QTest::newRow("a regional epithet for the country") << QStringLiteral("Colombia's climate plan, submitted to the United Nations in 2020, commits the Andean nation to cutting greenhouse gas emissions by 51% by 2030 compared with a business-as-usual scenario.")
            << QStringList{QStringLiteral("COL emissions_reduction 2030 0 51")};
        // A year already past at the dateline, in a sentence that commits to nothing, is a fact.
        QTest::newRow("a past year in a sentence of facts") << QStringLiteral("BOGOTA, March 4, 2025 (Reuters) - Colombia had about 1.9 GW of solar capacity at the end of last year, up from almost nothing in 2019.")
            << QStringList{};
        // A programme's name before another noun qualifies it; China's policy text holds the goals.
        QTest::newRow("a programme qualifying a noun") << QStringLiteral("工业和信息化部印发方案。为深化共建“一带一路”绿色发展合作，服务力争2030年前实现碳达峰、2060年前实现碳中和目标，制定本方案。")
            << QStringList{QStringLiteral("CHN carbon_neutrality 2060 0 -"), QStringLiteral("CHN peak_emissions 2030 0 -")};
        // "a 35% cut": the cue opens with the unit, its figure stands before it.
        QTest::newRow("a percentage cut") << QStringLiteral("Mexico has committed to a 35% cut below business-as-usual by 2030, rising to 40% with international support.")
            << QStringList{QStringLiteral("MEX emissions_reduction 2030 0 35")};
        // "and to reach" joins a second target; each keeps its own figure.
        QTest::newRow("and to reach a second figure") << QStringLiteral("Cuba's goal is to add some 1,200 MW of solar capacity by the end of 2025 and to reach 2,000 MW by 2028.")
            << QStringList{QStringLiteral("CUB renewable_capacity 2025 0 1.2"), QStringLiteral("CUB renewable_capacity 2028 0 2")};
        QTest::newRow("clean energy generation") << QStringLiteral("The Chinese side commended Nepal's commitment to reach net-zero emissions by 2045 and to expand clean energy generation to 15,000 MW by 2030.")
            << QStringList{QStringLiteral("NPL net_zero 2045 0 -"), QStringLiteral("NPL renewable_capacity 2030 0 15")};
        // The contribution a target is written in is no target itself.
        QTest::newRow("written in the contribution") << QStringLiteral("加纳承诺不晚于2060年实现净零排放，并在国家自主贡献中提出到2030年累计减排6400万吨二氧化碳当量。")
            << QStringList{QStringLiteral("GHA emissions_reduction 2030 0 -"), QStringLiteral("GHA net_zero 2060 0 -")};
        // The one briefed holds nothing; the subject before the verb does.
        QTest::newRow("briefed on its goal") << QStringLiteral("The Indonesian side briefed the Chinese side on its goal of reaching net-zero emissions by 2060 or sooner.")
            << QStringList{QStringLiteral("IDN net_zero 2060 0 -")};
        // "It" opening a sentence that names no one before its cue is the subject just before.
        QTest::newRow("it, the subject before") << QStringLiteral("The International Maritime Organization adopted a revised strategy in July. It also sets checkpoints of cutting total annual emissions by at least 20 percent by 2030, compared with 2008.")
            << QStringList{QStringLiteral("IMO emissions_reduction 2030 2008 20")};
        QTest::newRow("under its contribution, it") << QStringLiteral("Laos wants to become the battery of Southeast Asia. Under its nationally determined contribution, it aims to cut greenhouse gas emissions by 60 percent below a baseline scenario by 2030.")
            << QStringList{QStringLiteral("LAO emissions_reduction 2030 0 60")};
        // A title opening the sentence is its subject; inside it, a title names a document.
        QTest::newRow("a treaty opening the sentence") << QStringLiteral("《巴黎协定》提出将全球平均气温升幅控制在工业化前水平以上低于2摄氏度之内。")
            << QStringList{QStringLiteral("paris_agreement temperature_limit 0 0 2")};
        QTest::newRow("would before the verb of saying stays a forecast") << QStringLiteral("Indonesia's emissions would peak before 2030, the ministry said.")
            << QStringList{};
        QTest::newRow("could stays a forecast") << QStringLiteral("Analysts said that by 2030 India could cut its emissions by 30 percent.")
            << QStringList{};
        QTest::newRow("a peak as the base is no peak pledge") << QStringLiteral("Mexico will cut its net emissions by 20 percent from peak levels by 2035.")
            << QStringList{QStringLiteral("MEX emissions_reduction 2035 0 20")};
        QTest::newRow("intensity is no cut") << QStringLiteral("中国提出到2030年单位国内生产总值二氧化碳排放比2005年下降65%以上。")
            << QStringList{QStringLiteral("CHN intensity_reduction 2030 2005 65")};
        QTest::newRow("该国 opens the clause") << QStringLiteral("新西兰是主要乳制品出口国。根据新西兰提交的国家自主贡献，该国承诺到2030年温室气体净排放量比2005年水平减少50%。")
            << QStringList{QStringLiteral("NZL emissions_reduction 2030 2005 50")};
        QTest::newRow("the country after a venue") << QStringLiteral("At talks in Santiago, Chile, the country pledged to reach net zero by 2050.")
            << QStringList{QStringLiteral("CHL net_zero 2050 0 -")};
        QTest::newRow("the country inside the sentence, subject before") << QStringLiteral(
            "Nigeria aims to reach net-zero emissions by 2060. Its updated plan commits the country to cut greenhouse gas emissions by 20 percent by 2030.")
            << QStringList{QStringLiteral("NGA emissions_reduction 2030 0 20"), QStringLiteral("NGA net_zero 2060 0 -")};
        QTest::newRow("the government is not the venue") << QStringLiteral(
            "Britain announced at the conference in Baku, Azerbaijan, that the government is committed to reaching net zero by 2050.")
            << QStringList{QStringLiteral("GBR net_zero 2050 0 -")};
        QTest::newRow("total emissions") << QStringLiteral("Mongolia will reduce its total greenhouse gas emissions by 22.7 percent by 2030.")
            << QStringList{QStringLiteral("MNG emissions_reduction 2030 0 22.7")};
        QTest::newRow("a hedge before the commitment word") << QStringLiteral("联合国环境规划署的报告指出，按照现有政策，全球温升到本世纪末可能达到3.1摄氏度。")
            << QStringList{};
        QTest::newRow("削减 with a share and a deadline") << QStringLiteral("中国已承诺，自2024年起将HFCs的生产和使用冻结在基线水平，到2029年削减10%。")
            << QStringList{QStringLiteral("CHN emissions_reduction 2029 0 10")};
        QTest::newRow("到 + year after a colon dates every target") << QStringLiteral(
            "习近平进一步宣布：到2030年，中国单位国内生产总值二氧化碳排放将比2005年下降65%以上，非化石能源占一次能源消费比重将达到25%左右，森林蓄积量将比2005年增加60亿立方米。")
            << QStringList{QStringLiteral("CHN forest_stock 2030 2005 6e+09"), QStringLiteral("CHN intensity_reduction 2030 2005 65"),
                           QStringLiteral("CHN non_fossil_share 2030 0 25")};
        QTest::newRow("demonym + side is the actor") << QStringLiteral("The Egyptian side pledged to reach net zero by 2050.")
            << QStringList{QStringLiteral("EGY net_zero 2050 0 -")};
        QTest::newRow("demonym + people is no actor") << QStringLiteral("China trained Kenyan engineers and pledged to reach carbon neutrality by 2060.")
            << QStringList{QStringLiteral("CHN carbon_neutrality 2060 0 -")};
        QTest::newRow("renewable share, figure before the cue") << QStringLiteral("Kenya has committed to generate 100 percent of its electricity from renewable sources by 2030.")
            << QStringList{QStringLiteral("KEN non_fossil_share 2030 0 100")};
        QTest::newRow("可再生能源发电占比") << QStringLiteral("古巴计划到2030年将可再生能源发电占比提高到24%。")
            << QStringList{QStringLiteral("CUB non_fossil_share 2030 0 24")};
        QTest::newRow("the NDC named in passing takes no deadline") << QStringLiteral(
            "中国与新西兰签署合作协议。根据新西兰提交的国家自主贡献，该国承诺到2030年温室气体净排放量比2005年水平减少50%。")
            << QStringList{QStringLiteral("NZL emissions_reduction 2030 2005 50")};
        QTest::newRow("by fiscal year") << QStringLiteral("Japan plans to reduce emissions by 46% from 2013 levels by fiscal 2030.")
            << QStringList{QStringLiteral("JPN emissions_reduction 2030 2013 46")};
        QTest::newRow("a longer cue decides") << QStringLiteral("India has set a target of 500 GW of non-fossil capacity by 2030.")
            << QStringList{QStringLiteral("IND renewable_capacity 2030 0 500")};
        QTest::newRow("零非法砍伐") << QStringLiteral("巴西宣布将在2030年前实现零非法砍伐森林。")
            << QStringList{QStringLiteral("BRA zero_deforestation 2030 0 -")};
        QTest::newRow("比…水平减少") << QStringLiteral("新西兰承诺生物甲烷排放到2050年比2017年水平减少24%至47%。")
            << QStringList{QStringLiteral("NZL emissions_reduction 2050 2017 24")};
        QTest::newRow("one figure, one target") << QStringLiteral("中国承诺到2030年单位国内生产总值二氧化碳排放比2005年水平下降65%以上。")
            << QStringList{QStringLiteral("CHN intensity_reduction 2030 2005 65")};
        QTest::newRow("a rise is no cut") << QStringLiteral("印度承诺到2030年排放量比2010年增加不超过30%。") << QStringList{};
        QTest::newRow("a past result is no deadline") << QStringLiteral("报告显示，2021年中国单位国内生产总值二氧化碳排放比2005年下降50.8%，中国将继续努力。")
            << QStringList{};
        QTest::newRow("capacity added before its noun") << QStringLiteral("南非提出到2030年新增至少20吉瓦可再生能源装机。")
            << QStringList{QStringLiteral("ZAF renewable_capacity 2030 0 20")};
        QTest::newRow("capacity in 万千瓦") << QStringLiteral("埃及计划到2030年可再生能源发电装机达到4000万千瓦。")
            << QStringList{QStringLiteral("EGY renewable_capacity 2030 0 40")};
        QTest::newRow("a programme holds no target") << QStringLiteral("美国发起了“全球甲烷承诺”，提出到2030年将全球甲烷排放量在2020年水平上削减30%。")
            << QStringList{};
    }
    void pledgesOfASentence()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        expected.sort();
        QStringList got;
        for (const auto &p : runBundled(text).pledges) {
            got.append(QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(p.actorId, p.kind)
                           .arg(p.targetYear)
                           .arg(p.baseYear)
                           .arg(p.amount ? QString::number(*p.amount) : QStringLiteral("-")));
        }
        got.sort();
        QCOMPARE(got, expected);
    }

    // "六国将…" and the items of "…在以下领域开展合作：" belong to the partners named before.
    void groupAnaphoraAndListItems()
    {
        auto x = runBundled(QStringLiteral("中国、柬埔寨、老挝、缅甸六国同意深化可持续发展合作，携手应对气候变化。\n"
                                           "六国将推进洪旱灾害早期预警合作。"));
        QCOMPARE(partnerIds(x), (QStringList{QStringLiteral("KHM"), QStringLiteral("LAO"), QStringLiteral("MMR")}));
        for (const auto &p : x.partnerships)
            QVERIFY2(p.sectors.contains(QStringLiteral("adaptation")), qPrintable(p.partnerId));

        x = runBundled(QStringLiteral("中美两国发表应对气候变化联合宣言。双方计划在以下领域开展合作：\n"
                                      "（一）甲烷排放控制；\n（二）碳捕集、利用与封存。"));
        QCOMPARE(partnerIds(x), QStringList{QStringLiteral("USA")});
        QVERIFY(x.partnerships.first().sectors.contains(QStringLiteral("ccus")));
        QVERIFY(x.partnerships.first().sectors.contains(QStringLiteral("non_co2")));
    }

    void clausesStartAtANewWith()
    {
        const auto x = runBundled(QStringLiteral(
            "中国与老挝、柬埔寨合作建设低碳示范区，与埃及开展适应气候变化项目。"));
        QHash<QString, QStringList> sectors;
        for (const auto &p : x.partnerships)
            sectors.insert(p.partnerId, p.sectors);
        QCOMPARE(sectors.value(QStringLiteral("LAO")), QStringList{QStringLiteral("low_carbon_cities")});
        QCOMPARE(sectors.value(QStringLiteral("EGY")), QStringList{QStringLiteral("adaptation")});
    }

    void weatherAndDisasterCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("adaptation");
        QTest::newRow("weather stations") << QStringLiteral("China donated automatic weather stations to Kenya on climate.") << true;
        QTest::newRow("disaster relief") << QStringLiteral("China and France agreed to cooperate on disaster relief and climate change.") << true;
        QTest::newRow("气象") << QStringLiteral("中国向肯尼亚援助了气象监测设备，应对气候变化。") << true;
        QTest::newRow("热带气旋") << QStringLiteral("中国与法国开展热带气旋预报合作，应对气候变化。") << true;
        QTest::newRow("a weather satellite is not adaptation") << QStringLiteral("China and France agreed to cooperate on a meteorological satellite for climate research.") << false;
    }
    void weatherAndDisasterCues()
    {
        QFETCH(QString, text);
        QFETCH(bool, adaptation);
        const auto x = run(text);
        QVERIFY(!x.partnerships.isEmpty());
        QCOMPARE(x.partnerships.first().sectors.contains(QStringLiteral("adaptation")), adaptation);
    }

    void sectorsFollowTheirClause()
    {
        const auto x = run(QStringLiteral(
            "China has pursued cooperation on carbon capture and sequestration with Germany, cooperation on "
            "green buildings with France, and cooperation on electric vehicles with Kenya."));
        QHash<QString, QStringList> sectors;
        for (const auto &p : x.partnerships)
            sectors.insert(p.partnerId, p.sectors);
        QCOMPARE(sectors.value(QStringLiteral("DEU")), QStringList{QStringLiteral("ccus")});
        QCOMPARE(sectors.value(QStringLiteral("FRA")), QStringList{QStringLiteral("low_carbon_cities")});
        QCOMPARE(sectors.value(QStringLiteral("KEN")), QStringList{QStringLiteral("transport")});
    }

    void pairAnaphoraAddsToThePartner()
    {
        const auto x = run(QStringLiteral(
            "China and France agreed to enhance cooperation on climate change.\n"
            "The two sides also agreed to promote cooperation on carbon markets."));
        QCOMPARE(x.partnerships.size(), 1);
        QVERIFY(x.partnerships.first().sectors.contains(QStringLiteral("carbon_markets")));
        QCOMPARE(x.partnerships.first().evidence.size(), 2);
        QCOMPARE(x.partnerships.first().stage, QStringLiteral("agreed"));
    }

    // A treaty or China itself in the sentence does not break "the two sides"; a one-word
    // subject ("They") counts only when it opens the sentence.
    void pairAnaphoraCarriesPastChinaAndTreaties()
    {
        const auto x = run(QStringLiteral(
            "China and France agreed to enhance cooperation on climate change.\n"
            "A new carbon storage project will be based in China.\n"
            "- Cooperation on HFCs: the two sides will cooperate to reduce HFCs, including through the Montreal Protocol.\n"
            "They also agree to promote green finance, including through the New Development Bank."));
        QCOMPARE(partnerIds(x), QStringList{QStringLiteral("FRA")});
        const QStringList sectors = x.partnerships.first().sectors;
        QVERIFY2(sectors.contains(QStringLiteral("non_co2")), qPrintable(sectors.join(QLatin1Char(','))));
        QVERIFY2(sectors.contains(QStringLiteral("finance")), qPrintable(sectors.join(QLatin1Char(','))));
    }

    void helpedXReadsForward()
    {
        const auto x = run(QStringLiteral(
            "China has helped Laos build low-carbon demonstration zones, and helped Ethiopia launch a "
            "remote sensing satellite for disaster early warning."));
        for (const auto &p : x.partnerships) {
            if (p.partnerId == QLatin1String("ETH")) {
                QVERIFY(p.sectors.contains(QStringLiteral("adaptation")));
                QVERIFY(!p.sectors.contains(QStringLiteral("low_carbon_cities")));
            } else {
                QCOMPARE(p.partnerId, QStringLiteral("LAO"));
                QVERIFY(p.sectors.contains(QStringLiteral("low_carbon_cities")));
                QVERIFY(!p.sectors.contains(QStringLiteral("adaptation")));
            }
        }
        QCOMPARE(x.partnerships.size(), 2);
    }

    void pairSubjectHoldsThePledge()
    {
        const auto x = run(QStringLiteral(
            "The United States and China issued a joint statement on climate.\n"
            "Both sides commit to halt and reverse forest loss by 2030.\n"
            "Both countries support the G20 declaration to triple renewable energy capacity by 2030.\n"
            "Both countries' 2035 NDCs will be economy-wide."));
        QStringList got;
        for (const auto &p : x.pledges)
            got.append(p.actorId + QLatin1Char(':') + p.kind + QLatin1Char(':') + QString::number(p.targetYear));
        got.sort();
        const QStringList want{QStringLiteral("CHN:agreement:2035"), QStringLiteral("CHN:renewable_capacity:2030"),
                               QStringLiteral("CHN:zero_deforestation:2030"), QStringLiteral("USA:agreement:2035"),
                               QStringLiteral("USA:renewable_capacity:2030"), QStringLiteral("USA:zero_deforestation:2030")};
        QCOMPARE(got, want);
    }

    void pledgeActorsBeyondTheNearestName()
    {
        // Two actors of one kind in one sentence; "the country" is the last subject; the
        // object of "urge" owns the commitment that follows.
        const auto x = run(QStringLiteral(
            "China will achieve carbon neutrality before 2060, and Brazil will achieve climate neutrality by 2050.\n"
            "Berlin's own climate targets are ambitious. The country aims to become climate-neutral by 2045.\n"
            "China and Brazil urge developed countries to fulfil their commitment to mobilise 100 billion U.S. dollars per year."));
        QStringList got;
        for (const auto &p : x.pledges)
            got.append(p.actorId + QLatin1Char(':') + p.kind + QLatin1Char(':') + QString::number(p.targetYear));
        got.sort();
        const QStringList want{QStringLiteral("BRA:carbon_neutrality:2050"), QStringLiteral("CHN:carbon_neutrality:2060"),
                               QStringLiteral("DEU:carbon_neutrality:2045"),
                               QStringLiteral("developed_countries:climate_finance:0")};
        QCOMPARE(got, want);
    }

    void eventDateStaysWithTheEvent()
    {
        const auto x = run(QStringLiteral(
            "China held a training session on renewable energy in Kenya in December 2008. "
            "By July 2011, China had approved 3,154 clean energy projects."));
        QCOMPARE(x.date.year, 2011);
        QCOMPARE(x.partnerships.size(), 1);
        QCOMPARE(x.partnerships.first().date.year, 2008);
        QCOMPARE(x.partnerships.first().date.month, 12);
        QCOMPARE(x.partnerships.first().date.basis, QStringLiteral("event"));
    }

    void articleDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("meta");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("basis");
        QTest::newRow("metadata wins") << QStringLiteral("In 2010 China acted on climate.") << QStringLiteral("2019-05-02") << 2019 << QStringLiteral("metadata");
        QTest::newRow("dateline") << QStringLiteral("BEIJING, March 3, 2016 (Xinhua) -- China acted in 2010.") << QString() << 2016 << QStringLiteral("dateline");
        QTest::newRow("latest past year") << QStringLiteral("In March 2010, China issued rules. They were amended in 2012.") << QString() << 2012 << QStringLiteral("inferred");
        QTest::newRow("deadlines do not date") << QStringLiteral("In 2014 China said it will peak emissions by 2030 and be neutral before 2060.") << QString() << 2014 << QStringLiteral("inferred");
        QTest::newRow("conference anchor") << QStringLiteral("Leaders will meet at COP28 later this year.") << QString() << 2023 << QStringLiteral("inferred");
        QTest::newRow("numbered summit") << QStringLiteral("罗塞夫2023年起担任行长。今年10月，金砖国家领导人第十六次会晤将在俄罗斯喀山举行。") << QString() << 2024 << QStringLiteral("inferred");
        QTest::newRow("summit by its host city") << QStringLiteral("The leaders met on the sidelines of the G20 Bali Summit.") << QString() << 2022 << QStringLiteral("inferred");
        QTest::newRow("a plan's period in brackets is no event") << QStringLiteral("The work plan (2021–2025) was adopted in 2020.") << QString() << 2020 << QStringLiteral("inferred");
        QTest::newRow("numbered ASEAN-China summit") << QStringLiteral("Work Plan (2024–2027), annex to the statement of the 26th ASEAN-China Summit.") << QString() << 2023 << QStringLiteral("inferred");
        QTest::newRow("ordinal session") << QStringLiteral("The report came out at the 29th session of the Conference of the Parties.") << QString() << 2024 << QStringLiteral("inferred");
        QTest::newRow("term of office") << QStringLiteral("President Joe Biden spoke about climate; the U.S. left the pact in November 2020.") << QString() << 2021 << QStringLiteral("inferred");
        QTest::newRow("chinese years") << QStringLiteral("2018年，中国发布了报告。中国力争2060年前实现碳中和。") << QString() << 2018 << QStringLiteral("inferred");
        QTest::newRow("session in Chinese numerals") << QStringLiteral("温家宝总理出席会议。关于即将召开的第十八次缔约方会议，中方表示将加强协调。") << QString() << 2012 << QStringLiteral("inferred");
        QTest::newRow("any session in Chinese numerals") << QStringLiteral("中方代表团出席了第九届缔约方会议。") << QString() << 2003 << QStringLiteral("inferred");
        QTest::newRow("Rio+20") << QStringLiteral("今年6月，温家宝总理出席联合国可持续发展大会。") << QString() << 2012 << QStringLiteral("inferred");
        QTest::newRow("a notice's date on its own line") << QStringLiteral("国务院关于印发方案的通知\n\n国务院\n2025年12月18日\n\n正文。2026年将实施。") << QString() << 2025 << QStringLiteral("dateline");
        QTest::newRow("a bulletin's masthead date") << QStringLiteral("工作简报\n2023年第9期\n国家林业和草原局国际合作司编　　　　2023年11月10日\n\n中方宣布，2024—2026年将提供资金。2024年，会议举行。") << QString() << 2023 << QStringLiteral("dateline");
        QTest::newRow("a year in a document's title is no event") << QStringLiteral("国务院印发《2026—2030年行动方案》。2024年，会议在北京举行。") << QString() << 2024 << QStringLiteral("inferred");
        QTest::newRow("next year's session") << QStringLiteral("上月的会议决定设立基金，明年的第二十八次缔约方大会将在阿联酋举行。") << QString() << 2022 << QStringLiteral("inferred");
        QTest::newRow("last year's session") << QStringLiteral("Last year's COP28 in Dubai agreed to transition away from fossil fuels.") << QString() << 2024 << QStringLiteral("inferred");
        QTest::newRow("nothing") << QStringLiteral("China acted on climate.") << QString() << 0 << QString();
        QTest::newRow("labelled date") << QStringLiteral("国际合作动态\n发布时间：2022-11-15　来源：国际合作司\n按照其2022—2026年总体战略开展合作。") << QString() << 2022 << QStringLiteral("dateline");
        QTest::newRow("byline") << QStringLiteral("白皮书\n（2021年10月）\n到2030年，中国将实现目标。") << QString() << 2021 << QStringLiteral("dateline");
        QTest::newRow("updated") << QStringLiteral("Sino-German ties\nUpdated 15.04.2024 - 18:40 | Desk\nIn 2006 they met.") << QString() << 2024 << QStringLiteral("dateline");
        QTest::newRow("date line") << QStringLiteral("Joint Announcement\nBeijing, China, 12 November 2014\nPeaking around 2030.") << QString() << 2014 << QStringLiteral("dateline");
        QTest::newRow("年左右 is a target") << QStringLiteral("2018年7月，会晤举行。中国承诺二氧化碳排放2030年左右达到峰值。") << QString() << 2018 << QStringLiteral("inferred");
        QTest::newRow("base year is no event") << QStringLiteral("欧盟承诺温室气体排放在1990年基础上减少40%。1985年成立。") << QString() << 1985 << QStringLiteral("inferred");
        QTest::newRow("range end is no event") << QStringLiteral("按照其2022—2026年总体战略，银行将加大投入。") << QString() << 2022 << QStringLiteral("inferred");
        QTest::newRow("no year after today") << QStringLiteral("The Vision 2090 plan was adopted in 2019.") << QString() << 2019 << QStringLiteral("inferred");
        QTest::newRow("date line, day month year") << QStringLiteral("Joint Announcement\nBeijing, China, 12 November 2014\nThe two sides announced their post-2020 actions.") << QString() << 2014 << QStringLiteral("dateline");
        QTest::newRow("weekday date line") << QStringLiteral("Friday, 14 April 2023\nBrazil will host COP30 in 2025.") << QString() << 2023 << QStringLiteral("dateline");
        QTest::newRow("dotted date in a byline") << QStringLiteral("Title\nUpdated 15.04.2024 - 18:40 | Clean Energy Wire / Asia Desk\nPremier Li Qiang met him.") << QString() << 2024 << QStringLiteral("dateline");
        QTest::newRow("target years do not date") << QStringLiteral("In 2021 China set out its post-2030 actions, its Vision 2035 and its 2035 NDC.") << QString() << 2021 << QStringLiteral("inferred");
        QTest::newRow("as of, chinese") << QStringLiteral("截至2023年9月，中国已与40个国家签署合作文件。智利2022年通过了法律。") << QString() << 2023 << QStringLiteral("inferred");
        QTest::newRow("as of, english") << QStringLiteral("As of 2023, China had signed 50 cooperation documents. The law was passed in 2021.") << QString() << 2023 << QStringLiteral("inferred");
        QTest::newRow("a deadline with 至 still does not date") << QStringLiteral("2021年，中国发布方案，计划至2030年完成改造。") << QString() << 2021 << QStringLiteral("inferred");
        QTest::newRow("no year after today, English") << QStringLiteral("In 2019 the plant opened; the contract runs to 2990 and was renewed in 2095.") << QString() << 2019 << QStringLiteral("inferred");
    }
    void articleDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, meta);
        QFETCH(int, year);
        QFETCH(QString, basis);
        const auto x = run(text, meta);
        QCOMPARE(x.date.year, year);
        QCOMPARE(x.date.basis, basis);
    }

    void pledges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("target");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("unit");
        QTest::newRow("peak") << QStringLiteral("China has pledged to hit peak emissions before 2030.") << QStringLiteral("CHN") << QStringLiteral("peak_emissions") << 2030 << -1.0 << QString();
        QTest::newRow("neutral") << QStringLiteral("China pledged to become carbon neutral by 2060.") << QStringLiteral("CHN") << QStringLiteral("carbon_neutrality") << 2060 << -1.0 << QString();
        QTest::newRow("net zero") << QStringLiteral("The U.S. has announced a goal of reaching net-zero emissions no later than 2050.") << QStringLiteral("USA") << QStringLiteral("net_zero") << 2050 << -1.0 << QString();
        QTest::newRow("finance") << QStringLiteral("They reiterated developed countries' commitment to jointly mobilize 100 billion U.S. dollars annually by 2020.") << QStringLiteral("developed_countries") << QStringLiteral("climate_finance") << 2020 << 1e11 << QStringLiteral("USD/year");
        QTest::newRow("temperature") << QStringLiteral("The Paris Agreement aims to limit warming to 1.5 degrees Celsius.") << QStringLiteral("paris_agreement") << QStringLiteral("temperature_limit") << 0 << 1.5 << QStringLiteral("°C");
        QTest::newRow("chinese neutral") << QStringLiteral("中国力争2060年前实现碳中和。") << QStringLiteral("CHN") << QStringLiteral("carbon_neutrality") << 2060 << -1.0 << QString();
        QTest::newRow("intensity") << QStringLiteral("China will lower carbon intensity by over 65 percent from the 2005 level by 2030.") << QStringLiteral("CHN") << QStringLiteral("intensity_reduction") << 2030 << 65.0 << QStringLiteral("%");
        QTest::newRow("nearest chinese deadline") << QStringLiteral("中国二氧化碳排放力争于2030年前达到峰值，努力争取2060年前实现碳中和。") << QStringLiteral("CHN") << QStringLiteral("peak_emissions") << 2030 << -1.0 << QString();
        QTest::newRow("deadline opens the sentence") << QStringLiteral("到2030年，中国风电、太阳能发电总装机容量将达到12亿千瓦以上。") << QStringLiteral("CHN") << QStringLiteral("renewable_capacity") << 2030 << 1200.0 << QStringLiteral("GW");
        QTest::newRow("net greenhouse gas emissions") << QStringLiteral("The EU has committed to cutting its net greenhouse gas emissions by at least 55 percent by 2030 compared with 1990 levels.") << QStringLiteral("EU") << QStringLiteral("emissions_reduction") << 2030 << 55.0 << QStringLiteral("%");
        QTest::newRow("illegal deforestation") << QStringLiteral("Brazil reaffirms its commitment to eliminating illegal deforestation by 2030.") << QStringLiteral("BRA") << QStringLiteral("zero_deforestation") << 2030 << -1.0 << QString();
        QTest::newRow("pledged money") << QStringLiteral("China also pledged 20 billion yuan to establish the China South-South Climate Cooperation Fund.") << QStringLiteral("CHN") << QStringLiteral("climate_finance") << 0 << 2e10 << QStringLiteral("CNY");
        QTest::newRow("venue country in apposition") << QStringLiteral("France announced at the climate summit in Belem, Brazil, that it would reach net zero by 2050.") << QStringLiteral("FRA") << QStringLiteral("net_zero") << 2050 << -1.0 << QString();
        QTest::newRow("venue country after a city, two words") << QStringLiteral("Germany said at a meeting in Addis Ababa, Ethiopia, that it will cut emissions by 50 percent by 2030.") << QStringLiteral("DEU") << QStringLiteral("emissions_reduction") << 2030 << 50.0 << QStringLiteral("%");
        QTest::newRow("fronted place, then the subject") << QStringLiteral("In Belem, Brazil pledged to end deforestation by 2030.") << QStringLiteral("BRA") << QStringLiteral("zero_deforestation") << 2030 << -1.0 << QString();
        QTest::newRow("leading deadline carries over 'also'") << QStringLiteral("By 2035, China will raise its solar capacity to 1,000 GW. China will also increase its forest stock volume to 24 billion cubic meters.") << QStringLiteral("CHN") << QStringLiteral("forest_stock") << 2035 << -1.0 << QString();
        QTest::newRow("leading deadline carries over 'further'") << QStringLiteral("By 2030, France will cut emissions by 40 percent. France will further raise its wind capacity to 40 GW.") << QStringLiteral("FRA") << QStringLiteral("renewable_capacity") << 2030 << 40.0 << QStringLiteral("GW");
        QTest::newRow("deadline past the beneficiary") << QStringLiteral("Developed countries pledged to provide and mobilize 300 billion U.S. dollars a year in climate finance for developing countries by 2035.") << QStringLiteral("developed_countries") << QStringLiteral("climate_finance") << 2035 << -1.0 << QString();
        QTest::newRow("gerund cue, base year after target") << QStringLiteral("France has committed to cutting its emissions by 40 percent by 2030 compared with 1990 levels.") << QStringLiteral("FRA") << QStringLiteral("emissions_reduction") << 2030 << 40.0 << QStringLiteral("%");
        QTest::newRow("the kingdom") << QStringLiteral("Cambodia held talks with China on solar power. Under its updated plan, the kingdom has committed to cutting greenhouse gas emissions by 40 percent by 2030.") << QStringLiteral("KHM") << QStringLiteral("emissions_reduction") << 2030 << 40.0 << QStringLiteral("%");
        QTest::newRow("greenhouse gas neutral") << QStringLiteral("Germany has committed to becoming greenhouse gas neutral by 2045.") << QStringLiteral("DEU") << QStringLiteral("carbon_neutrality") << 2045 << -1.0 << QString();
        QTest::newRow("emissions to fall") << QStringLiteral("Germany's climate law requires emissions to fall by 65 percent from 1990 levels by 2030.") << QStringLiteral("DEU") << QStringLiteral("emissions_reduction") << 2030 << 65.0 << QStringLiteral("%");
        QTest::newRow("passive cue, 'Its' opens the sentence") << QStringLiteral("Germany was among the first to enshrine climate neutrality in law. Its climate act requires greenhouse gas emissions to be reduced by at least 40 percent by 2030.") << QStringLiteral("DEU") << QStringLiteral("emissions_reduction") << 2030 << 40.0 << QStringLiteral("%");
        QTest::newRow("emissions per unit of GDP are intensity") << QStringLiteral("Kenya committed to reducing greenhouse gas emissions per unit of GDP by 35 percent from 2010 levels by 2030.") << QStringLiteral("KEN") << QStringLiteral("intensity_reduction") << 2030 << 35.0 << QStringLiteral("%");
        QTest::newRow("carbon dioxide emissions") << QStringLiteral("Fiji will reduce carbon dioxide emissions from its energy sector by 30 percent below business as usual by 2030.") << QStringLiteral("FJI") << QStringLiteral("emissions_reduction") << 2030 << 30.0 << QStringLiteral("%");
    }
    void pledges()
    {
        QFETCH(QString, text);
        QFETCH(QString, actor);
        QFETCH(QString, kind);
        QFETCH(int, target);
        QFETCH(double, amount);
        QFETCH(QString, unit);
        const auto x = run(text);
        const cpe::Pledge *found = nullptr;
        for (const auto &p : x.pledges) {
            if (p.kind == kind)
                found = &p;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no %1 pledge among %2").arg(kind).arg(x.pledges.size())));
        if (!actor.isEmpty())
            QCOMPARE(found->actorId, actor);
        QCOMPARE(found->targetYear, target);
        if (amount >= 0) {
            QVERIFY(found->amount.has_value());
            QCOMPARE(*found->amount, amount);
            QCOMPARE(found->unit, unit);
        }
    }

    void chineseBaseYearAndTargetYear()
    {
        const auto x = runBundled(QStringLiteral("中方首次提出2030年左右二氧化碳排放达到峰值，美方提出计划于2025年实现在2005年基础上减排26%至28%。"));
        bool peak = false, cut = false;
        for (const auto &p : x.pledges) {
            if (p.actorId == QLatin1String("CHN") && p.kind == QLatin1String("peak_emissions"))
                peak = p.targetYear == 2030;
            if (p.actorId == QLatin1String("USA") && p.kind == QLatin1String("emissions_reduction"))
                cut = p.targetYear == 2025 && p.baseYear == 2005;
        }
        QVERIFY(peak);
        QVERIFY(cut);
    }

    void deadlineCarriesOnlyToContinuations()
    {
        // Without "also"/"further" the next sentence is a new statement: its target has no deadline.
        const auto x = run(QStringLiteral("By 2035, China will raise its solar capacity to 1,000 GW. "
                                          "China will increase its forest stock volume to 24 billion cubic meters."));
        for (const auto &p : x.pledges)
            QVERIFY(p.kind != QLatin1String("forest_stock"));
        // A past year opening a sentence dates an event; it is no deadline to carry over.
        const auto y = run(QStringLiteral("In 2023, China will hold a forum on forests. China will also "
                                          "increase its forest stock volume to 24 billion cubic meters."));
        for (const auto &p : y.pledges)
            QVERIFY(p.targetYear != 2023);
    }

    void forecastsAreNotPledges()
    {
        const auto x = run(QStringLiteral("Analysts said in a report that France could double its solar capacity by 2030."));
        QCOMPARE(x.pledges.size(), 0);
        const auto y = run(QStringLiteral("France has pledged to double its solar capacity by 2030."));
        QCOMPARE(y.pledges.size(), 1);
    }

    void mentionsWithoutTargetsAreNotPledges()
    {
        const auto x = run(QStringLiteral(
            "Developed countries should take the lead in reducing emissions. Carbon neutrality is a hard task. "
            "Its certified emission reduction reached 328 million tons a year."));
        QCOMPARE(x.pledges.size(), 0);
    }

    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::newRow("billion usd") << QStringLiteral("mobilize 100 billion U.S. dollars annually") << 1e11 << QStringLiteral("USD/year");
        QTest::newRow("percent") << QStringLiteral("about 25 percent") << 25.0 << QStringLiteral("%");
        QTest::newRow("每年 before the verb") << QStringLiteral("每年提供1000亿美元") << 1e11 << QStringLiteral("USD/year");
        QTest::newRow("每个 is not annual") << QStringLiteral("2015年每个项目提供1000亿美元") << 1e11 << QStringLiteral("USD");
        QTest::newRow("comma gw") << QStringLiteral("reach 1,200 GW of capacity") << 1200.0 << QStringLiteral("GW");
        QTest::newRow("chinese yi usd") << QStringLiteral("提供1000亿美元") << 1e11 << QStringLiteral("USD");
        QTest::newRow("chinese kw") << QStringLiteral("达到12亿千瓦以上") << 1200.0 << QStringLiteral("GW");
        QTest::newRow("chinese gigawatts") << QStringLiteral("新增至少300吉瓦") << 300.0 << QStringLiteral("GW");
        QTest::newRow("dollar sign") << QStringLiteral("pledged $100 billion a year") << 1e11 << QStringLiteral("USD/year");
        QTest::newRow("currency code first") << QStringLiteral("mobilising at least USD 300 billion per year by 2035") << 3e11 << QStringLiteral("USD/year");
        QTest::newRow("euro sign") << QStringLiteral("a €1.5 billion facility") << 1.5e9 << QStringLiteral("EUR");
        QTest::newRow("renminbi code") << QStringLiteral("RMB 100 million for training") << 1e8 << QStringLiteral("CNY");
        QTest::newRow("chinese terawatts") << QStringLiteral("达到1.5太瓦") << 1500.0 << QStringLiteral("GW");
    }
    void quantities()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(QString, unit);
        const auto q = cpe::findQuantity(text, 0, text.size());
        QVERIFY(q.has_value());
        QCOMPARE(q->value, value);
        QCOMPARE(q->unit, unit);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
