// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupProbe.h"

#include "BenchSupport.h"

#include <QApplication>
#include <QGenericPlugin>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace deai::bench {
namespace {

QtMessageHandler previousHandler = nullptr;
QList<QPair<QString, QString>> marks; // name, text to find in a log message

void report(const QByteArray &line)
{
    std::fprintf(stdout, "deai-probe %s\n", line.constData());
    std::fflush(stdout);
}

QWidget *widgetOf(const QWindow *window)
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (widget->windowHandle() == window)
            return widget;
    }
    return nullptr;
}

} // namespace

StartupProbe::StartupProbe()
    : m_windowClass(qgetenv("DEAI_PROBE_WINDOW"))
{
    bool ok = false;
    const int idleMs = qEnvironmentVariableIntValue("DEAI_PROBE_IDLE_MS", &ok);
    if (ok)
        m_idleMs = idleMs;
    const QStringList specs = qEnvironmentVariable("DEAI_PROBE_MARKS").split(u';', Qt::SkipEmptyParts);
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(u'=');
        if (equals > 0)
            marks.append({spec.left(equals), spec.mid(equals + 1)});
    }
    if (!marks.isEmpty())
        previousHandler = qInstallMessageHandler(&StartupProbe::handleMessage);
    QCoreApplication::instance()->installEventFilter(this);
}

StartupProbe::~StartupProbe()
{
    if (!marks.isEmpty())
        qInstallMessageHandler(previousHandler);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_shown && event->type() == QEvent::Expose) {
        auto *window = qobject_cast<QWindow *>(watched);
        QWidget *widget = window && window->isVisible() ? widgetOf(window) : nullptr;
        if (widget && (m_windowClass.isEmpty() || widget->inherits(m_windowClass.constData()))) {
            m_shown = true;
            // Queued, so that it runs once the exposed window has been painted and flushed.
            const QString className = QString::fromLatin1(widget->metaObject()->className());
            QTimer::singleShot(0, this, [this, className] { windowPainted(className); });
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::handleMessage(QtMsgType type, const QMessageLogContext &context,
                                 const QString &message)
{
    for (const auto &[name, text] : std::as_const(marks)) {
        if (message.contains(text))
            report("mark " + name.toUtf8() + ' ' + QByteArray::number(monotonicNs()));
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    } else {
        const QString line = qFormatLogMessage(type, context, message);
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    }
}

void StartupProbe::windowPainted(const QString &className)
{
    report("shown " + QByteArray::number(monotonicNs()) + ' ' + className.toLatin1());
    QTimer::singleShot(m_idleMs, this, &StartupProbe::reportIdleMemory);
}

void StartupProbe::reportIdleMemory()
{
    report("idle_rss_kib " + QByteArray::number(currentRssKib()));
    QCoreApplication::quit();
}

class StartupProbePlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "startupprobe.json")

public:
    QObject *create(const QString &key, const QString &specification) override
    {
        Q_UNUSED(specification)
        return key.compare(QLatin1String("deaistartupprobe"), Qt::CaseInsensitive) == 0
                   ? new StartupProbe
                   : nullptr;
    }
};

} // namespace deai::bench

#include "StartupProbe.moc"
