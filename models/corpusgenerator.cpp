#include "corpusgenerator.h"

#include <QDir>
#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace cpe {

namespace {

// splitmix64: tiny, fast, and identical everywhere, unlike std::rand or the distributions
// of <random>, so a seed names the same corpus on every platform and library.
class Rng final
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int bound) { return int(next() % quint64(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    template <typename T, size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    quint64 m_state = 0;
};

struct Partner
{
    const char16_t *en;    // as used mid-sentence: "the European Union"
    const char16_t *label; // as used in compounds and headlines: "EU"
    const char16_t *zh;
};

// Hard-coded rather than read from the gazetteer: the corpus must not change when the
// gazetteer does, or benchmark runs stop being comparable.
const Partner Partners[] = {
    {u"the United States", u"U.S.", u"美国"},
    {u"the European Union", u"EU", u"欧盟"},
    {u"France", u"France", u"法国"},
    {u"Germany", u"Germany", u"德国"},
    {u"Britain", u"Britain", u"英国"},
    {u"Italy", u"Italy", u"意大利"},
    {u"Spain", u"Spain", u"西班牙"},
    {u"the Netherlands", u"Netherlands", u"荷兰"},
    {u"Denmark", u"Denmark", u"丹麦"},
    {u"Norway", u"Norway", u"挪威"},
    {u"Sweden", u"Sweden", u"瑞典"},
    {u"Finland", u"Finland", u"芬兰"},
    {u"Switzerland", u"Switzerland", u"瑞士"},
    {u"Japan", u"Japan", u"日本"},
    {u"South Korea", u"ROK", u"韩国"},
    {u"Australia", u"Australia", u"澳大利亚"},
    {u"New Zealand", u"New Zealand", u"新西兰"},
    {u"Canada", u"Canada", u"加拿大"},
    {u"Brazil", u"Brazil", u"巴西"},
    {u"Argentina", u"Argentina", u"阿根廷"},
    {u"Chile", u"Chile", u"智利"},
    {u"Mexico", u"Mexico", u"墨西哥"},
    {u"India", u"India", u"印度"},
    {u"Pakistan", u"Pakistan", u"巴基斯坦"},
    {u"Bangladesh", u"Bangladesh", u"孟加拉国"},
    {u"Indonesia", u"Indonesia", u"印度尼西亚"},
    {u"Malaysia", u"Malaysia", u"马来西亚"},
    {u"Thailand", u"Thailand", u"泰国"},
    {u"Vietnam", u"Vietnam", u"越南"},
    {u"the Philippines", u"Philippines", u"菲律宾"},
    {u"Singapore", u"Singapore", u"新加坡"},
    {u"Laos", u"Laos", u"老挝"},
    {u"Cambodia", u"Cambodia", u"柬埔寨"},
    {u"Kazakhstan", u"Kazakhstan", u"哈萨克斯坦"},
    {u"Uzbekistan", u"Uzbekistan", u"乌兹别克斯坦"},
    {u"Russia", u"Russia", u"俄罗斯"},
    {u"Saudi Arabia", u"Saudi", u"沙特阿拉伯"},
    {u"the United Arab Emirates", u"UAE", u"阿联酋"},
    {u"Egypt", u"Egypt", u"埃及"},
    {u"Ethiopia", u"Ethiopia", u"埃塞俄比亚"},
    {u"Kenya", u"Kenya", u"肯尼亚"},
    {u"Nigeria", u"Nigeria", u"尼日利亚"},
    {u"South Africa", u"South Africa", u"南非"},
    {u"Morocco", u"Morocco", u"摩洛哥"},
    {u"Djibouti", u"Djibouti", u"吉布提"},
    {u"Fiji", u"Fiji", u"斐济"},
    {u"Samoa", u"Samoa", u"萨摩亚"},
    {u"Cuba", u"Cuba", u"古巴"},
    {u"the African Union", u"AU", u"非洲联盟"},
    {u"ASEAN", u"ASEAN", u"东盟"},
    {u"the United Nations Development Programme", u"UNDP", u"联合国开发计划署"},
    {u"the World Bank", u"World Bank", u"世界银行"},
    {u"the Asian Development Bank", u"ADB", u"亚洲开发银行"},
    {u"the International Energy Agency", u"IEA", u"国际能源署"},
    {u"the International Renewable Energy Agency", u"IRENA", u"国际可再生能源署"},
    {u"the Global Environment Facility", u"GEF", u"全球环境基金"},
    {u"the Energy Foundation", u"Energy Foundation", u"能源基金会"},
    {u"the Pacific island countries", u"Pacific", u"太平洋岛国"},
    {u"the Caribbean Community", u"CARICOM", u"加勒比共同体"},
    {u"the State of California", u"California", u"美国加利福尼亚州"},
};

struct Pair
{
    const char16_t *en;
    const char16_t *zh;
};

const Pair Sectors[] = {
    {u"carbon markets", u"碳市场"},
    {u"carbon capture and storage", u"碳捕集与封存"},
    {u"renewable energy", u"可再生能源"},
    {u"solar power", u"太阳能发电"},
    {u"wind power", u"风电"},
    {u"electric vehicles", u"电动汽车"},
    {u"green buildings", u"绿色建筑"},
    {u"green finance", u"绿色金融"},
    {u"energy efficiency", u"能效"},
    {u"low-carbon cities", u"低碳城市"},
    {u"climate adaptation", u"气候适应"},
    {u"clean coal technology", u"清洁煤技术"},
    {u"hydrogen energy", u"氢能"},
    {u"forestry and carbon sinks", u"林业碳汇"},
    {u"methane emissions control", u"甲烷排放控制"},
    {u"smart grids", u"智能电网"},
};

const Pair Cities[] = {
    {u"Beijing", u"北京"},  {u"Shanghai", u"上海"},     {u"Tianjin", u"天津"},
    {u"Shenzhen", u"深圳"}, {u"Brussels", u"布鲁塞尔"}, {u"Paris", u"巴黎"},
    {u"Tokyo", u"东京"},    {u"Nairobi", u"内罗毕"},    {u"Dubai", u"迪拜"},
    {u"Baku", u"巴库"},     {u"Glasgow", u"格拉斯哥"},  {u"Bonn", u"波恩"},
};

const Pair Officials[] = {
    {u"Chinese Premier Li Qiang", u"国务院总理李强"},
    {u"Liu Zhenmin, China's special envoy for climate change", u"中国气候变化事务特使刘振民"},
    {u"Minister of Ecology and Environment Huang Runqiu", u"生态环境部部长黄润秋"},
    {u"Xie Zhenhua, China's special climate envoy", u"中国气候变化事务特使解振华"},
    {u"a spokesperson for the Chinese foreign ministry", u"外交部发言人"},
    {u"an official of the National Development and Reform Commission", u"国家发展改革委有关负责人"},
};

const Pair Agencies[] = {{u"Xinhua", u"新华社"},        {u"Reuters", u"路透社"},
                         {u"Bloomberg", u"彭博社"},     {u"AFP", u"法新社"},
                         {u"China Daily", u"中国日报"}, {u"Voice of America", u"美国之音"}};
const char16_t *const Months[] = {u"January",   u"February", u"March",    u"April",
                                  u"May",       u"June",     u"July",     u"August",
                                  u"September", u"October",  u"November", u"December"};

// Slots: {P} partner, {p} partner label, {Q} a second partner, {S}/{T} sectors, {C} city,
// {O} official, {A} agency, {Y} year, {Z} later year, {M} month, {D} day, {N} number,
// {n} ordinal number, {d} digit, {pct} a percentage.
const char16_t *const EnglishCooperation[] = {
    u"China and {P} signed a memorandum of understanding on {S} cooperation in {C} on {M} {D}.",
    u"China and {P} issued a joint statement on climate change on {M} {D}, pledging to deepen "
    u"cooperation on {S} and {T}.",
    u"The two sides agreed to set up a joint working group on {S} under the China-{p} climate "
    u"partnership.",
    u"The {n} China-{p} Forum on {S} was held in {C}, with more than {N} participants signing "
    u"{d} cooperation agreements.",
    u"Under the agreement, Chinese experts will train {N} officials and technicians from {P} "
    u"in {S}.",
    u"China will help {P} build {S} demonstration projects, the Ministry of Ecology and "
    u"Environment said.",
    u"Officials from China and {P} met in {C} to discuss practical cooperation on {S} and {T}.",
    u"\"We will work with {P} to advance {S} and jointly address climate change,\" {O} said.",
    u"China-{p} cooperation on {S} has made steady progress since {Y}, according to the "
    u"statement.",
    u"China and {P} launched a joint research centre on {S} in {Y}.",
    u"{O} met with a delegation from {P} and called for closer cooperation on {S}.",
    u"China and {P} agreed to expand South-South cooperation on {S}, including training "
    u"programmes and pilot projects.",
    u"The China-{p} climate dialogue, first held in {Y}, will focus on {S} and {T} this year.",
};

const char16_t *const EnglishPledges[] = {
    u"China has pledged to peak carbon dioxide emissions before 2030 and achieve carbon "
    u"neutrality before 2060.",
    u"China aims to hit peak emissions before 2030 and become carbon neutral by 2060.",
    u"{P} has committed to reaching net-zero emissions by 2050.",
    u"Developed countries reiterated their commitment to jointly mobilize 100 billion U.S. "
    u"dollars annually by 2020 to address the needs of developing countries.",
    u"China will lower its carbon dioxide emissions per unit of GDP by over 65 percent from "
    u"the 2005 level by 2030.",
    u"{P} pledged to cut greenhouse gas emissions by {pct} percent by {Z}.",
    u"China will increase the share of non-fossil fuels in primary energy consumption to "
    u"around 25 percent by 2030.",
    u"{P} said it would phase out coal-fired power by {Z}.",
};

const char16_t *const EnglishFiller[] = {
    u"Global mean temperatures in {Y} were about 1.{d} degrees Celsius above pre-industrial "
    u"levels, the report said.",
    u"The conference was attended by more than {N} delegates from government, business and "
    u"academia.",
    u"Renewable energy accounted for a growing share of new power capacity last year.",
    u"Experts said the transition to a low-carbon economy requires sustained investment and "
    u"technology.",
    u"The meeting took place on the sidelines of the {n} session of the Conference of the "
    u"Parties to the UN Framework Convention on Climate Change.",
    u"The Paris Agreement aims to keep the global temperature rise well below 2 degrees "
    u"Celsius.",
    u"Extreme weather events, including floods and heat waves, have become more frequent in "
    u"recent years.",
    u"Analysts expect the price of carbon allowances to rise as the market matures.",
    u"Mr. Wang, a researcher at a Beijing think tank, said the targets were ambitious but "
    u"achievable.",
    u"The U.S. Congress has yet to approve the funding, officials said.",
};

const char16_t *const EnglishDistractors[] = {
    u"{A} reported the talks on {M} {D}.",
    u"The event was hosted by the municipal government of {C}.",
    u"{A} contributed to this report.",
    u"According to {A}, the summit in {C} ended without a final declaration.",
    u"The forum was co-organised by the China Council for International Cooperation on "
    u"Environment and Development.",
};

const char16_t *const EnglishHeadlines[] = {
    u"China, {p} vow to deepen cooperation on {S}",
    u"China and {p} sign climate MoU",
    u"{p} backs China's green development push",
    u"China-{p} forum eyes stronger partnership in {S}",
    u"Climate cooperation on agenda as {p} delegation visits {C}",
};

const char16_t *const ChineseCooperation[] = {
    u"{Y}年{m}月{D}日，中国与{P}在{C}签署{S}合作谅解备忘录。",
    u"中国和{P}发表气候变化联合声明，双方同意深化{S}和{T}领域合作。",
    u"双方同意在中{p}气候伙伴关系框架下成立{S}联合工作组。",
    u"第{N0}届中国—{P}{S}论坛在{C}举行，双方签署了{d}项合作协议。",
    u"根据协议，中方将为{P}培训{N}名{S}领域的官员和技术人员。",
    u"{O}表示，中方愿同{P}加强{S}合作，共同应对气候变化挑战。",
    u"中国与{P}在{C}举行气候变化对话，就{S}、{T}等议题深入交换意见。",
    u"中方将帮助{P}建设{S}示范项目。",
    u"自{Y}年以来，中国与{P}在{S}领域的务实合作取得积极进展。",
    u"{O}会见{P}代表团，双方表示将推动{S}合作迈上新台阶。",
};

const char16_t *const ChinesePledges[] = {
    u"中国力争于2030年前实现碳达峰、2060年前实现碳中和。",
    u"中方承诺二氧化碳排放力争于2030年前达到峰值，努力争取2060年前实现碳中和。",
    u"{P}承诺到2050年实现净零排放。",
    u"发达国家承诺到2020年每年共同动员1000亿美元，帮助发展中国家应对气候变化。",
    u"到2030年，中国单位国内生产总值二氧化碳排放将比2005年下降65%以上。",
    u"{P}表示将在{Z}年前把温室气体排放量削减{pct}%。",
};

const char16_t *const ChineseFiller[] = {
    u"会议期间，与会代表围绕能源转型、绿色发展等议题进行了深入讨论。",
    u"据世界气象组织报告，{Y}年全球平均气温比工业化前水平高出约1.{d}摄氏度。",
    u"专家表示，绿色低碳转型需要持续的资金和技术投入。",
    u"近年来，洪涝、高温等极端天气事件日益频繁。",
    u"《巴黎协定》提出将全球平均气温升幅控制在工业化前水平以上低于2摄氏度之内。",
    u"分析人士认为，随着市场逐步成熟，碳配额价格将稳步上升。",
};

const char16_t *const ChineseDistractors[] = {
    u"新华社记者从{C}发回报道。",
    u"本次活动由{C}市人民政府主办。",
    u"据{A}报道，在{C}举行的峰会未能发表最终宣言。",
};

const char16_t *const ChineseHeadlines[] = {
    u"中国与{P}签署{S}合作协议",
    u"中国与{P}深化{S}合作",
    u"{P}代表团访华 双方聚焦{S}合作",
    u"中{p}气候合作取得新进展",
};

// Short Chinese partner forms for "中{p}" compounds; falls back to the full name.
QString chineseLabel(const Partner &p)
{
    static const QList<QPair<QString, QString>> Short = {
        {u"美国"_s, u"美"_s}, {u"欧盟"_s, u"欧"_s},    {u"法国"_s, u"法"_s}, {u"德国"_s, u"德"_s},
        {u"英国"_s, u"英"_s}, {u"日本"_s, u"日"_s},    {u"韩国"_s, u"韩"_s}, {u"俄罗斯"_s, u"俄"_s},
        {u"巴西"_s, u"巴"_s}, {u"非洲联盟"_s, u"非"_s}};
    const QString zh = QString::fromUtf16(p.zh);
    for (const auto &s : Short)
        if (s.first == zh)
            return s.second;
    return QStringLiteral("国与") + zh;
}

class ArticleWriter final
{
public:
    ArticleWriter(quint64 seed, bool chinese) : m_rng(seed), m_chinese(chinese)
    {
        m_partner = &m_rng.pick(Partners);
        do {
            m_second = &m_rng.pick(Partners);
        } while (m_second == m_partner);
        m_year = m_rng.between(2008, 2024);
    }

    QString write(int targetBytes)
    {
        QString text =
            fill(m_chinese ? m_rng.pick(ChineseHeadlines) : m_rng.pick(EnglishHeadlines));
        text += u'\n';
        qint64 bytes = text.toUtf8().size();
        bool firstParagraph = true;
        while (bytes < targetBytes) {
            QString paragraph;
            if (firstParagraph && !m_chinese)
                paragraph = fill(u"{CAPS}, {M} {D} ({A}) -- ");
            const int sentences = m_rng.between(2, 4);
            for (int i = 0; i < sentences; ++i) {
                if (!paragraph.isEmpty() && !paragraph.endsWith(u' ') && !m_chinese)
                    paragraph += u' ';
                paragraph += fill(sentenceTemplate(firstParagraph && i == 0));
            }
            firstParagraph = false;
            m_opening = false;
            paragraph += u"\n\n";
            const qint64 size = paragraph.toUtf8().size();
            if (bytes + size > targetBytes && bytes > targetBytes / 2)
                break;
            text += paragraph;
            bytes += size;
        }
        return text.trimmed() + u'\n';
    }

private:
    const char16_t *sentenceTemplate(bool lead)
    {
        const int roll = lead ? 0 : m_rng.below(100);
        if (m_chinese) {
            if (roll < 40)
                return m_rng.pick(ChineseCooperation);
            if (roll < 55)
                return m_rng.pick(ChinesePledges);
            if (roll < 90)
                return m_rng.pick(ChineseFiller);
            return m_rng.pick(ChineseDistractors);
        }
        if (roll < 40)
            return m_rng.pick(EnglishCooperation);
        if (roll < 55)
            return m_rng.pick(EnglishPledges);
        if (roll < 90)
            return m_rng.pick(EnglishFiller);
        return m_rng.pick(EnglishDistractors);
    }

    // Mostly the article's main partner, sometimes a second one, as real reports mention
    // several countries but are about one relationship.
    const Partner &partner() { return !m_opening && m_rng.below(4) == 0 ? *m_second : *m_partner; }

    QString slot(QStringView name)
    {
        const auto pair = [this](const Pair &p) {
            return QString::fromUtf16(m_chinese ? p.zh : p.en);
        };
        if (name == u"P") {
            const Partner &p = partner();
            return QString::fromUtf16(m_chinese ? p.zh : p.en);
        }
        if (name == u"p")
            return m_chinese ? chineseLabel(partner()) : QString::fromUtf16(partner().label);
        if (name == u"S" || name == u"T")
            return pair(m_rng.pick(Sectors));
        if (name == u"C")
            return pair(m_rng.pick(Cities));
        if (name == u"CAPS")
            return QString::fromUtf16(m_rng.pick(Cities).en).toUpper();
        if (name == u"O")
            return pair(m_rng.pick(Officials));
        if (name == u"A")
            return pair(m_rng.pick(Agencies));
        if (name == u"Y")
            return QString::number(m_year - m_rng.below(4));
        if (name == u"Z")
            return QString::number(m_rng.between(2025, 2060));
        if (name == u"M")
            return QString::fromUtf16(m_rng.pick(Months));
        if (name == u"m")
            return QString::number(m_rng.between(1, 12));
        if (name == u"D")
            return QString::number(m_rng.between(1, 28));
        if (name == u"N")
            return QString::number(m_rng.between(2, 60) * 10);
        if (name == u"N0")
            return QString::number(m_rng.between(2, 30));
        if (name == u"pct")
            return QString::number(m_rng.between(4, 14) * 5);
        if (name == u"d")
            return QString::number(m_rng.between(2, 9));
        if (name == u"n") {
            const int n = m_rng.between(4, 29);
            const char16_t *suffix = n % 10 == 1 && n != 11   ? u"st"
                                     : n % 10 == 2 && n != 12 ? u"nd"
                                     : n % 10 == 3 && n != 13 ? u"rd"
                                                              : u"th";
            return QString::number(n) + QString::fromUtf16(suffix);
        }
        Q_ASSERT_X(false, "ArticleWriter::slot", "unknown slot");
        return QString();
    }

    QString fill(QStringView pattern)
    {
        QString out;
        qsizetype i = 0;
        while (i < pattern.size()) {
            const qsizetype open = pattern.indexOf(u'{', i);
            if (open < 0) {
                out += pattern.mid(i);
                break;
            }
            const qsizetype close = pattern.indexOf(u'}', open);
            out += pattern.mid(i, open - i);
            out += slot(pattern.mid(open + 1, close - open - 1));
            i = close + 1;
        }
        return out;
    }

    Rng m_rng;
    bool m_chinese = false;
    const Partner *m_partner = nullptr;
    const Partner *m_second = nullptr;
    int m_year = 2020;
    bool m_opening = true; // the headline and lead name the main partner
};

quint64 articleSeed(quint32 seed, int index)
{
    Rng mix((quint64(seed) << 32) ^ quint64(index) ^ 0xC0FFEEull);
    return mix.next();
}

} // namespace

QString generateArticle(quint32 seed, int index, int targetBytes, bool chinese)
{
    return ArticleWriter(articleSeed(seed, index), chinese).write(targetBytes);
}

bool generateCorpus(const QString &outDir, qint64 targetBytes, quint32 seed, CorpusStats *stats,
                    QString *error)
{
    CorpusStats result;
    if (!QDir().mkpath(outDir)) {
        if (error)
            *error = QStringLiteral("cannot create directory %1").arg(outDir);
        return false;
    }
    const QDir dir(outDir);
    Rng plan(seed);
    while (result.bytes < targetBytes) {
        const bool chinese = plan.below(10) < 3;
        const qint64 remaining = targetBytes - result.bytes;
        int size = plan.between(3000, 8000);
        // The last article absorbs the remainder so the total lands near the target.
        if (remaining < size + 3000)
            size = int(qMax<qint64>(remaining, 200));
        const QByteArray bytes = generateArticle(seed, result.files, size, chinese).toUtf8();
        const QString name =
            QStringLiteral("gen_%1.txt").arg(result.files + 1, 6, 10, QLatin1Char('0'));
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size()) {
            if (error)
                *error =
                    QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        ++result.files;
        ++(chinese ? result.chineseFiles : result.englishFiles);
        result.bytes += bytes.size();
    }
    if (stats)
        *stats = result;
    return true;
}

} // namespace cpe
