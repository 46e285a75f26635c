// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// Shared by the benchmark executables: memory readings, the figures they print
// and the verdict lines that compare a figure with its target.
namespace deai::bench {

// From /proc/self/status; 0 when the line cannot be read.
qint64 currentRssKib();
qint64 peakRssKib();
// Starts VmHWM again from the current RSS (Linux >= 4.0), so that a peak can be
// attributed to one phase instead of to everything since the process started.
bool resetPeakRss();

// User plus system CPU time of this process, or of its children that have
// ended and been waited for; less disturbed than wall time on a busy machine.
double cpuSeconds();
double childrenCpuSeconds();

// A CLOCK_MONOTONIC reading, comparable across processes on the same machine.
qint64 monotonicNs();

double median(QList<double> values);
double percentile(QList<double> values, double fraction);

// Reads an integer from the environment, or the fallback when unset or bad.
qint64 envInteger(const char *name, qint64 fallback);

// `name value` on stdout, flushed at once so that a long run shows progress.
void printFigure(const QString &name, double value, int decimals = 2);
void printText(const QString &name, const QString &text);
void printNote(const QString &text); // `# text`

enum class Bound { AtMost, Below };

// `name value (target <= limit: met)` or `(... : missed by X)`, X in the
// figure's own unit for absolute targets.
void printTarget(const QString &name, double value, Bound bound, double limit, int decimals = 2);

// `name measured/reference (target <= limit: met|missed by X)`, the ratio of
// two figures measured side by side in the same run.
void printRatio(const QString &name, double measured, double reference, double limit);

} // namespace deai::bench
