// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPair>

namespace deai::bench {

// Loaded into any Qt GUI program as a generic plugin (QT_QPA_GENERIC_PLUGINS),
// so that the app is measured without a line of benchmark code in it. It prints
// on stdout, with CLOCK_MONOTONIC nanoseconds that the launcher compares with
// its own clock:
//   deai-probe shown NS CLASS      the first top-level window of class
//                                  $DEAI_PROBE_WINDOW (any when unset) was
//                                  exposed and painted
//   deai-probe mark NAME NS        a log message contained the text given for
//                                  NAME in $DEAI_PROBE_MARKS ("name=text;...")
//   deai-probe idle_rss_kib KIB    VmRSS $DEAI_PROBE_IDLE_MS (3000) after shown;
//                                  then it asks the program to quit.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe();
    ~StartupProbe() override;

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &message);
    void windowPainted(const QString &className);
    void reportIdleMemory();

    QByteArray m_windowClass;
    int m_idleMs = 3000;
    bool m_shown = false;
};

} // namespace deai::bench
