// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <sys/resource.h>

namespace deai::bench {
namespace {

qint64 statusFieldKib(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

double cpuSecondsOf(int who)
{
    rusage usage{};
    if (getrusage(who, &usage) != 0)
        return 0;
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void printLine(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString verdict(double value, Bound bound, double limit, double excess, int decimals,
                const QString &unit)
{
    const bool met = bound == Bound::AtMost ? value <= limit : value < limit;
    const QString op = bound == Bound::AtMost ? QStringLiteral("<=") : QStringLiteral("<");
    const QString outcome = met ? QStringLiteral("met")
                                : QStringLiteral("missed by %1%2").arg(excess, 0, 'f', decimals)
                                      .arg(unit);
    return QStringLiteral("(target %1 %2: %3)").arg(op, QString::number(limit, 'f', decimals),
                                                    outcome);
}

} // namespace

qint64 currentRssKib()
{
    return statusFieldKib("VmRSS");
}

qint64 peakRssKib()
{
    return statusFieldKib("VmHWM");
}

bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double cpuSeconds()
{
    return cpuSecondsOf(RUSAGE_SELF);
}

double childrenCpuSeconds()
{
    return cpuSecondsOf(RUSAGE_CHILDREN);
}

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(fraction * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle)
                             : (values.at(middle - 1) + values.at(middle)) / 2;
}

qint64 envInteger(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? value : fallback;
}

void printFigure(const QString &name, double value, int decimals)
{
    printLine(name + u' ' + QString::number(value, 'f', decimals));
}

void printText(const QString &name, const QString &text)
{
    printLine(name + u' ' + text);
}

void printNote(const QString &text)
{
    printLine(QStringLiteral("# ") + text);
}

void printTarget(const QString &name, double value, Bound bound, double limit, int decimals)
{
    printLine(QStringLiteral("%1 %2 %3").arg(name, QString::number(value, 'f', decimals),
                                             verdict(value, bound, limit, value - limit,
                                                     decimals, {})));
}

void printRatio(const QString &name, double measured, double reference, double limit)
{
    const double ratio = reference > 0 ? measured / reference : 0;
    printLine(QStringLiteral("%1 %2 %3").arg(name, QString::number(ratio, 'f', 2),
                                             verdict(ratio, Bound::AtMost, limit, ratio - limit,
                                                     2, QStringLiteral("x"))));
}

} // namespace deai::bench
