#include "segmenter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSegmenter final : public QObject
{
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("whitespace only") << u" \n\t\u3000 \r\n "_s << QStringList();
        QTest::newRow("english news")
            << u"China and the EU agreed to cooperate. The statement was issued in Brussels! "
               u"Will it work? Nobody knows."_s
            << QStringList{u"China and the EU agreed to cooperate."_s,
                           u"The statement was issued in Brussels!"_s, u"Will it work?"_s,
                           u"Nobody knows."_s};
        QTest::newRow("lowercase after period")
            << u"It rose by approx. three percent. Then it fell."_s
            << QStringList{u"It rose by approx. three percent."_s, u"Then it fell."_s};
        QTest::newRow("U.S. Congress")
            << u"The bill passed the U.S. Congress on Monday. It goes to the Senate."_s
            << QStringList{u"The bill passed the U.S. Congress on Monday."_s,
                           u"It goes to the Senate."_s};
        QTest::newRow("U.S. at start and digit")
            << u"U.S. President Joe Biden met Xi. The U.S. 2030 target stands."_s
            << QStringList{u"U.S. President Joe Biden met Xi."_s,
                           u"The U.S. 2030 target stands."_s};
        QTest::newRow("dotted initials")
            << u"The U.N. Secretary-General and the U.S.A. Team spoke. E.U. Officials agreed."_s
            << QStringList{u"The U.N. Secretary-General and the U.S.A. Team spoke."_s,
                           u"E.U. Officials agreed."_s};
        QTest::newRow("titles")
            << u"Mr. Kerry met Dr. Xie and Prof. Wang. Gov. Newsom joined later."_s
            << QStringList{u"Mr. Kerry met Dr. Xie and Prof. Wang."_s,
                           u"Gov. Newsom joined later."_s};
        QTest::newRow("initial") << u"John F. Kennedy spoke. He left."_s
                                 << QStringList{u"John F. Kennedy spoke."_s, u"He left."_s};
        QTest::newRow("month and company")
            << u"COP29 runs to Nov. 22 in Baku. Acme Co. Ltd. Signed it. No. 5 was next."_s
            << QStringList{u"COP29 runs to Nov. 22 in Baku."_s, u"Acme Co. Ltd. Signed it."_s,
                           u"No. 5 was next."_s};
        QTest::newRow("decimals")
            << u"Warming was 1.54 degrees, or 45.67 percent of 3.4. That is high."_s
            << QStringList{u"Warming was 1.54 degrees, or 45.67 percent of 3.4."_s,
                           u"That is high."_s};
        QTest::newRow("year then sentence")
            << u"It was signed in 2015. 2016 was warmer."_s
            << QStringList{u"It was signed in 2015."_s, u"2016 was warmer."_s};
        QTest::newRow("quote with comma")
            << u"\"We will enhance cooperation,\" the statement said. \"It is crucial.\" "
               u"Leaders agreed."_s
            << QStringList{u"\"We will enhance cooperation,\" the statement said."_s,
                           u"\"It is crucial.\""_s, u"Leaders agreed."_s};
        QTest::newRow("curly quotes")
            << u"Kerry said “we will cooperate.” Xie agreed. He called Xie a “leader.”"_s
            << QStringList{u"Kerry said “we will cooperate.”"_s, u"Xie agreed."_s,
                           u"He called Xie a “leader.”"_s};
        QTest::newRow("closing bracket")
            << u"It was a pledge (the first one.) The rest followed."_s
            << QStringList{u"It was a pledge (the first one.)"_s, u"The rest followed."_s};
        QTest::newRow("ellipsis lowercase")
            << u"We waited... and waited… and then acted. Done."_s
            << QStringList{u"We waited... and waited… and then acted."_s, u"Done."_s};
        QTest::newRow("ellipsis uppercase") << u"We waited... Then we acted."_s
                                            << QStringList{u"We waited..."_s, u"Then we acted."_s};
        QTest::newRow("ellipsis omission")
            << u"\"I've worked with him for … 20 years or so,\" Kerry said."_s
            << QStringList{u"\"I've worked with him for … 20 years or so,\" Kerry said."_s};
        QTest::newRow("question exclamation run")
            << u"Really?! Yes."_s << QStringList{u"Really?!"_s, u"Yes."_s};
        QTest::newRow("chinese")
            << u"中国与欧盟发表联合声明。双方同意加强合作！会议何时举行？目前尚不清楚；专家表示关注"_s
            << QStringList{u"中国与欧盟发表联合声明。"_s, u"双方同意加强合作！"_s,
                           u"会议何时举行？"_s, u"目前尚不清楚；"_s, u"专家表示关注"_s};
        QTest::newRow("chinese closing quotes")
            << u"他说：“我们将共同应对气候变化。”双方签署了《谅解备忘录》。「好！」他说。"_s
            << QStringList{u"他说：“我们将共同应对气候变化。”"_s, u"双方签署了《谅解备忘录》。"_s,
                           u"「好！」"_s, u"他说。"_s};
        QTest::newRow("chinese ellipsis and runs")
            << u"合作还在继续……未来可期！！真的吗？！是的"_s
            << QStringList{u"合作还在继续……"_s, u"未来可期！！"_s, u"真的吗？！"_s, u"是的"_s};
        QTest::newRow("chinese decimal")
            << u"全球升温1.5摄氏度。中国承诺2060年前实现碳中和。"_s
            << QStringList{u"全球升温1.5摄氏度。"_s, u"中国承诺2060年前实现碳中和。"_s};
        QTest::newRow("mixed")
            << u"China pledged carbon neutrality by 2060. 中国承诺碳达峰。The EU welcomed it."_s
            << QStringList{u"China pledged carbon neutrality by 2060."_s, u"中国承诺碳达峰。"_s,
                           u"The EU welcomed it."_s};
        QTest::newRow("english period then CJK")
            << u"It was held at COP28.中方表示欢迎。"_s
            << QStringList{u"It was held at COP28."_s, u"中方表示欢迎。"_s};
        QTest::newRow("headline then paragraph")
            << u"China, Japan aim for stronger partnership in green development\n"
               u"The forum was held in Tokyo. Both sides signed 27 agreements.\n\n"
               u"2024 on track to be hottest year on record: report"_s
            << QStringList{u"China, Japan aim for stronger partnership in green development"_s,
                           u"The forum was held in Tokyo."_s, u"Both sides signed 27 agreements."_s,
                           u"2024 on track to be hottest year on record: report"_s};
        // Text wrapped at a fixed width: a sentence goes on across line breaks.
        QTest::newRow("line break inside sentence")
            << u"  Cooperation on climate change\r\nis a common ground  \n"_s
            << QStringList{u"Cooperation on climate change\r\nis a common ground"_s};
        QTest::newRow("wrapped paragraph")
            << u"The ambassador said that China\nreiterated its goals, and that\nChina was ready to work with\n"
               u"Latin American countries. Chile\nagreed.\n\nA new paragraph"_s
            << QStringList{u"The ambassador said that China\nreiterated its goals, and that\nChina was ready to work "
                           u"with\nLatin American countries."_s,
                           u"Chile\nagreed."_s, u"A new paragraph"_s};
        QTest::newRow("wrapped after a comma or a hyphen")
            << u"Under its plan, the government will close all coal-\nfired plants,\nAnd more.\n中方表示，\n愿与各方加强合作。\n第二段。"_s
            << QStringList{u"Under its plan, the government will close all coal-\nfired plants,\nAnd more."_s,
                           u"中方表示，\n愿与各方加强合作。"_s, u"第二段。"_s};
        QTest::newRow("a colon or a sentence end at the line end breaks")
            << u"The areas are:\nsolar power\nThe end.\nand more"_s
            << QStringList{u"The areas are:"_s, u"solar power"_s, u"The end."_s, u"and more"_s};
        QTest::newRow("list items")
            << u"VI. Strengthening International Cooperation\n"
               u"1. Expanding cooperation with international organizations\n"
               u"2. Strengthening practical cooperation. It works."_s
            << QStringList{u"VI. Strengthening International Cooperation"_s,
                           u"1. Expanding cooperation with international organizations"_s,
                           u"2. Strengthening practical cooperation."_s, u"It works."_s};
        QTest::newRow("period before lowercase continues")
            << u"See the U.S. and e.g. Japan. Also i.e. this."_s
            << QStringList{u"See the U.S. and e.g. Japan."_s, u"Also i.e. this."_s};
        QTest::newRow("no trailing terminator")
            << u"Hello world"_s << QStringList{u"Hello world"_s};
    }

    void split()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        const QList<cpe::SentenceSpan> spans = cpe::splitSentences(text);
        QStringList got;
        qsizetype previousEnd = 0;
        for (const cpe::SentenceSpan &s : spans) {
            QVERIFY(s.start >= previousEnd);
            QVERIFY(s.end > s.start);
            QVERIFY(s.end <= text.size());
            QVERIFY(!text.at(s.start).isSpace());
            QVERIFY(!text.at(s.end - 1).isSpace());
            previousEnd = s.end;
            got << text.mid(s.start, s.end - s.start);
        }
        QCOMPARE(got, sentences);
    }

    void linearOnLongInput()
    {
        // A long run with no boundary and many periods must not go quadratic.
        QString text;
        for (int i = 0; i < 200000; ++i)
            text += u"a.b "_s;
        QElapsedTimer timer;
        timer.start();
        const auto spans = cpe::splitSentences(text);
        QCOMPARE(spans.size(), qsizetype(1));
        QVERIFY(timer.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
