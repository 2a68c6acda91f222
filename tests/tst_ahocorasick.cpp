#include "ahocorasick.h"

#include <QTest>

using cpe::AhoCorasick;
using namespace Qt::StringLiterals;

namespace {

QString matchedText(QStringView text, const AhoCorasick::Match &m)
{
    return text.mid(m.start, m.end - m.start).toString();
}

// u"start:end:pattern"_s for every match, in findAll() order: compact to compare in QCOMPARE.
QStringList describe(const std::vector<AhoCorasick::Match> &matches)
{
    QStringList out;
    for (const auto &m : matches)
        out << QStringLiteral("%1:%2:%3").arg(m.start).arg(m.end).arg(m.pattern);
    return out;
}

// The specification, written the slow and obvious way.
std::vector<AhoCorasick::Match> bruteForce(const AhoCorasick &ac, QStringView text)
{
    std::vector<AhoCorasick::Match> out;
    const auto word = [&text](qsizetype i) {
        return i >= 0 && i < text.size() && AhoCorasick::isWordChar(text[i].unicode());
    };
    for (qsizetype start = 0; start < text.size(); ++start) {
        std::vector<AhoCorasick::Match> here;
        for (int id = 0; id < ac.patternCount(); ++id) {
            const QStringView p = ac.pattern(id);
            if (start + p.size() > text.size())
                continue;
            const bool cs = ac.flags(id) & AhoCorasick::CaseSensitive;
            bool ok = true;
            for (qsizetype k = 0; k < p.size() && ok; ++k)
                ok = AhoCorasick::normalized(text[start + k], !cs) ==
                     AhoCorasick::normalized(p[k], !cs);
            if (ok && (ac.flags(id) & AhoCorasick::WordBoundary)) {
                if (AhoCorasick::isWordChar(p.front().unicode()) && word(start - 1))
                    ok = false;
                if (AhoCorasick::isWordChar(p.back().unicode()) && word(start + p.size()))
                    ok = false;
            }
            if (ok)
                here.push_back({start, start + p.size(), id});
        }
        std::stable_sort(here.begin(), here.end(),
                         [](const auto &a, const auto &b) { return a.end > b.end; });
        out.insert(out.end(), here.begin(), here.end());
    }
    return out;
}

} // namespace

class TestAhoCorasick final : public QObject
{
    Q_OBJECT

private slots:
    void emptyPatternRejected()
    {
        AhoCorasick ac;
        QCOMPARE(ac.add(u""), -1);
        QCOMPARE(ac.add(u"China"), 0);
        QCOMPARE(ac.add(u"EU"), 1);
        QCOMPARE(ac.patternCount(), 2);
        QCOMPARE(ac.pattern(1).toString(), u"EU"_s);
    }

    void emptyText()
    {
        AhoCorasick ac;
        ac.add(u"China");
        ac.build();
        std::vector<AhoCorasick::Match> out;
        ac.findAll(u"", out);
        QVERIFY(out.empty());
        AhoCorasick none;
        none.build();
        none.findAll(u"China and the EU", out);
        QVERIFY(out.empty());
    }

    void overlappingAndNested()
    {
        AhoCorasick ac;
        ac.add(u"he", 0);
        ac.add(u"she", 0);
        ac.add(u"his", 0);
        ac.add(u"hers", 0);
        ac.build();
        std::vector<AhoCorasick::Match> out;
        ac.findAll(u"ushers", out);
        QCOMPARE(describe(out), QStringList({u"1:4:1"_s, u"2:6:3"_s, u"2:4:0"_s}));

        AhoCorasick names;
        names.add(u"Bloomberg");
        names.add(u"Bloomberg Philanthropies");
        names.add(u"Philanthropies");
        names.build();
        out.clear();
        const QString text = u"said Bloomberg Philanthropies on Monday"_s;
        names.findAll(text, out);
        QCOMPARE(describe(out), QStringList({u"5:29:1"_s, u"5:14:0"_s, u"15:29:2"_s}));
        AhoCorasick::keepLeftmostLongest(out);
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(matchedText(text, out[0]), u"Bloomberg Philanthropies"_s);
    }

    void caseFolding()
    {
        AhoCorasick ac;
        ac.add(u"China");
        ac.build();
        std::vector<AhoCorasick::Match> out;
        ac.findAll(u"CHINA, china and China", out);
        QCOMPARE(describe(out), QStringList({u"0:5:0"_s, u"7:12:0"_s, u"17:22:0"_s}));
    }

    void caseSensitiveAcronyms()
    {
        AhoCorasick ac;
        ac.add(u"US", AhoCorasick::CaseSensitive | AhoCorasick::WordBoundary);
        ac.add(u"United States");
        ac.build();
        std::vector<AhoCorasick::Match> out;
        const QString text = u"let us say the US and the UNITED STATES"_s;
        ac.findAll(text, out);
        QCOMPARE(describe(out), QStringList({u"15:17:0"_s, u"26:39:1"_s}));
    }

    void wordBoundaries_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("USA is not US") << u"US"_s << u"the USA and US"_s << QStringList{u"US"_s};
        QTest::newRow("possessive") << u"China"_s << u"China's plan"_s << QStringList{u"China"_s};
        QTest::newRow("curly possessive")
            << u"China"_s << u"China’s plan"_s << QStringList{u"China"_s};
        QTest::newRow("hyphen compound")
            << u"EU"_s << u"the EU-China summit"_s << QStringList{u"EU"_s};
        QTest::newRow("inside word") << u"Iran"_s << u"Iranian and Tiran"_s << QStringList{};
        QTest::newRow("digits count") << u"G20"_s << u"G200 and G20."_s << QStringList{u"G20"_s};
        QTest::newRow("CJK neighbours") << u"EU"_s << u"与EU合作"_s << QStringList{u"EU"_s};
        QTest::newRow("CJK needs none") << u"美国"_s << u"中美国际"_s << QStringList{u"美国"_s};
        QTest::newRow("accented letter") << u"Sao"_s << u"São Saoé Sao"_s << QStringList{u"Sao"_s};
        QTest::newRow("punctuation edge") << u"(EU)"_s << u"x(EU)y"_s << QStringList{u"(EU)"_s};
    }

    void wordBoundaries()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        AhoCorasick ac;
        ac.add(pattern);
        ac.build();
        std::vector<AhoCorasick::Match> out;
        ac.findAll(text, out);
        QStringList got;
        for (const auto &m : out)
            got << matchedText(text, m);
        QCOMPARE(got, found);
    }

    void chineseWithoutSpaces()
    {
        AhoCorasick ac;
        ac.add(u"中美");
        ac.add(u"中美洲");
        ac.add(u"美国");
        ac.add(u"美洲");
        ac.build();
        const QString text = u"中美洲国家与美国在中美气候合作中"_s;
        std::vector<AhoCorasick::Match> out;
        ac.findAll(text, out);
        QStringList got;
        for (const auto &m : out)
            got << matchedText(text, m);
        QCOMPARE(got, QStringList({u"中美洲"_s, u"中美"_s, u"美洲"_s, u"美国"_s, u"中美"_s}));
        AhoCorasick::keepLeftmostLongest(out);
        got.clear();
        for (const auto &m : out)
            got << matchedText(text, m);
        QCOMPARE(got, QStringList({u"中美洲"_s, u"美国"_s, u"中美"_s}));
    }

    void punctuationNormalisation_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::newRow("en dash") << u"U.S.-China"_s << u"the U.S.–China talks"_s << u"U.S.–China"_s;
        QTest::newRow("em dash") << u"U.S.-China"_s << u"the U.S.—China talks"_s << u"U.S.—China"_s;
        QTest::newRow("minus sign") << u"U.S.-China"_s << u"U.S.−China"_s << u"U.S.−China"_s;
        QTest::newRow("apostrophe") << u"China's"_s << u"China’s pledge"_s << u"China’s"_s;
        QTest::newRow("pattern curly") << u"China’s"_s << u"China's pledge"_s << u"China's"_s;
        QTest::newRow("nbsp") << u"Paris Agreement"_s << u"the Paris\u00a0Agreement"_s
                              << u"Paris\u00a0Agreement"_s;
        QTest::newRow("newline") << u"Paris Agreement"_s << u"Paris\nAgreement"_s
                                 << u"Paris\nAgreement"_s;
        QTest::newRow("ideographic space")
            << u"一带 一路"_s << u"一带\u3000一路"_s << u"一带\u3000一路"_s;
        QTest::newRow("fullwidth") << u"COP28"_s << u"在ＣＯＰ２８上"_s << u"ＣＯＰ２８"_s;
        QTest::newRow("fullwidth pattern") << u"ＥＵ"_s << u"the EU."_s << u"EU"_s;
    }

    void punctuationNormalisation()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(QString, found);
        AhoCorasick ac;
        ac.add(pattern);
        ac.build();
        std::vector<AhoCorasick::Match> out;
        ac.findAll(text, out);
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(matchedText(text, out[0]), found);
    }

    void caseSensitiveKeepsPunctuationNormalisation()
    {
        AhoCorasick ac;
        ac.add(u"U.S.-China", AhoCorasick::CaseSensitive);
        ac.add(u"ＥＵ", AhoCorasick::CaseSensitive | AhoCorasick::WordBoundary);
        ac.build();
        std::vector<AhoCorasick::Match> out;
        ac.findAll(u"U.S.–China, u.s.–china, EU, eu", out);
        QCOMPARE(describe(out), QStringList({u"0:10:0"_s, u"24:26:1"_s}));
    }

    void keepLeftmostLongest()
    {
        std::vector<AhoCorasick::Match> m{{10, 12, 3}, {0, 5, 0}, {3, 9, 1},
                                          {0, 3, 2},   {5, 8, 4}, {8, 14, 5}};
        AhoCorasick::keepLeftmostLongest(m);
        QCOMPARE(describe(m), QStringList({u"0:5:0"_s, u"5:8:4"_s, u"8:14:5"_s}));
        std::vector<AhoCorasick::Match> none;
        AhoCorasick::keepLeftmostLongest(none);
        QVERIFY(none.empty());
    }

    void findAllAppends()
    {
        AhoCorasick ac;
        ac.add(u"EU");
        ac.build();
        std::vector<AhoCorasick::Match> out{{100, 102, 0}};
        ac.findAll(u"EU", out);
        QCOMPARE(describe(out), QStringList({u"100:102:0"_s, u"0:2:0"_s}));
    }

    void bruteForceCrossCheck_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<qint64>("maxCompactStates");
        const qint64 compact = AhoCorasick::DefaultMaxCompactStates;
        for (quint32 seed : {1u, 2u, 3u, 17u, 99u, 2024u, 31337u, 4242u}) {
            QTest::addRow("seed %u dense", seed) << seed << AhoCorasick::DefaultDenseBudgetBytes << compact;
            QTest::addRow("seed %u sparse", seed) << seed << qint64(0) << compact;
            // The same with 32-bit state numbers, the table used for very large automata.
            QTest::addRow("seed %u dense, 32-bit", seed)
                << seed << AhoCorasick::DefaultDenseBudgetBytes << qint64(0);
            QTest::addRow("seed %u sparse, 32-bit", seed) << seed << qint64(0) << qint64(0);
        }
    }

    void bruteForceCrossCheck()
    {
        QFETCH(quint32, seed);
        QFETCH(qint64, budget);
        QFETCH(qint64, maxCompactStates);
        // A small alphabet makes overlaps, shared prefixes and deep failure chains common;
        // it mixes cases, CJK, word and non-word characters and normalised variants.
        const QString alphabet = u"abAB 1-–’'中美洲国\u00a0"_s;
        quint64 state = seed * 0x9E3779B97F4A7C15ull + 1;
        const auto next = [&state](quint32 bound) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return quint32(state % bound);
        };
        size_t total = 0;
        for (int round = 0; round < 20; ++round) {
            AhoCorasick ac;
            ac.setDenseBudgetBytes(budget);
            ac.setMaxCompactStates(maxCompactStates);
            const int patterns = 1 + int(next(40));
            for (int i = 0; i < patterns; ++i) {
                QString p;
                const int len = 1 + int(next(5));
                for (int k = 0; k < len; ++k)
                    p += alphabet[next(quint32(alphabet.size()))];
                ac.add(p, quint8(next(4)));
            }
            ac.build();
            QString text;
            // The last rounds are long enough for findAll() to scan two halves in lockstep.
            const int len = round >= 18 ? 3000 + int(next(3000)) : int(next(300));
            for (int k = 0; k < len; ++k)
                text += alphabet[next(quint32(alphabet.size()))];
            std::vector<AhoCorasick::Match> got;
            ac.findAll(text, got);
            QCOMPARE(describe(got), describe(bruteForce(ac, text)));
            total += got.size();
        }
        QVERIFY(total > 50); // the check is only worth something if matches are common
    }

    void rebuildAfterAdd()
    {
        AhoCorasick ac;
        ac.add(u"China");
        ac.build();
        ac.add(u"Chile");
        QVERIFY(!ac.isBuilt());
        ac.build();
        std::vector<AhoCorasick::Match> out;
        ac.findAll(u"China, Chile", out);
        QCOMPARE(describe(out), QStringList({u"0:5:0"_s, u"7:12:1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestAhoCorasick)
#include "tst_ahocorasick.moc"
