#pragma once

#include "article.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cpe {

// A span of an article's text that supports a record. Offsets are UTF-16 code units into
// Article::text (QString indexing); exports convert them to Unicode code points.
struct Evidence
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

// China cooperating with one partner, as one article says so.
struct Partnership
{
    QString articleId;
    QString partnerId;   // gazetteer entity id (ISO alpha-3 for countries)
    QStringList sectors; // taxonomy sector ids, most specific first
    QString kind;        // "joint_statement", "mou", "working_group", "dialogue", "forum",
                         // "project", "training", "agreement", "research", "visit", "cooperation"
    QString stage;       // "intent", "agreed", "signed", "under_way", "completed"
    DateInfo date;       // event date if the text gives one, else the article's date
    double confidence = 0.0;
    QStringList cues;    // what decided it: "alias:U.S.", "coop:cooperation", "sector:ccus:CCS"
    QList<Evidence> evidence;
};

// A target someone declared: who, what, by when, how much.
struct Pledge
{
    QString articleId;
    QString actorId;   // gazetteer entity id, or a group id such as "developed_countries"
    QString kind;      // taxonomy pledge kind id
    int targetYear = 0; // 0 when the text gives none
    int baseYear = 0;   // for reductions against a base year; 0 when none
    std::optional<double> amount;
    QString unit;      // "USD/year", "USD", "%", "GW", "m3", "tCO2e"...
    QString status;    // "declared", "policy", "law"; empty when not stated
    DateInfo date;     // when it was reported (the article's date)
    double confidence = 0.0;
    QStringList cues;
    QList<Evidence> evidence;
};

// A problem with one input file. The message is for the user and names what went wrong.
struct ReadIssue
{
    QString path;
    QString message;
};

// Everything extracted from one article.
struct ArticleExtraction
{
    DateInfo date; // the article's own date and how it was decided
    QList<Partnership> partnerships;
    QList<Pledge> pledges;
};

} // namespace cpe
