// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace deai {

enum class ProblemSeverity
{
    Warning,  // the job may run, but probably not as the user expects
    Blocking, // the server would certainly reject the dataset
};

struct DatasetProblem
{
    ProblemSeverity severity = ProblemSeverity::Warning;
    QString message; // one line, translated, meant to be shown as is

    static DatasetProblem warning(const QString &text) { return {ProblemSeverity::Warning, text}; }
    static DatasetProblem blocking(const QString &text)
    {
        return {ProblemSeverity::Blocking, text};
    }
};

bool hasBlockingProblem(const QList<DatasetProblem> &problems);

// A value derived from the dataset for a job parameter. `proposed` stays true until the
// user overrides it, so the wizard can show which fields it filled in by itself.
// A value of 0 means the dataset gave no basis for a proposal; `reason` then says why.
struct ProposedValue
{
    int value = 0;
    bool proposed = true;
    QString reason;

    bool isKnown() const { return value > 0; }
};

} // namespace deai
