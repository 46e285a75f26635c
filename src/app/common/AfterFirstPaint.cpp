// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace deai {

namespace {

// Lives as a child of the window; runs the action at most once, then deletes itself.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::chrono::milliseconds fallback,
                      std::function<void()> action)
        : QObject(window)
        , m_action(std::move(action))
    {
        if (QWindow *handle = window->windowHandle())
            handle->installEventFilter(this);
        QTimer::singleShot(fallback, this, &FirstPaintWatcher::run);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The widgets paint while the expose event is handled; the action waits until
        // the event loop comes round again, after that paint.
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
            QTimer::singleShot(0, this, &FirstPaintWatcher::run);
        return false;
    }

private:
    void run()
    {
        if (!m_action)
            return;
        const std::function<void()> action = std::move(m_action);
        m_action = nullptr;
        deleteLater();
        action();
    }

    std::function<void()> m_action;
};

} // namespace

void callAfterFirstPaint(QWidget *window, std::chrono::milliseconds fallback,
                         std::function<void()> action)
{
    new FirstPaintWatcher(window, fallback, std::move(action));
}

} // namespace deai
