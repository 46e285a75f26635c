// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace deai {

// A message shown where something happened: an icon, a sentence a person can
// act on and, when the step can be tried again, a Retry button.
class InlineMessage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, bool offerRetry = false);
    void showError(const QString &text, bool offerRetry = false)
    {
        showMessage(Kind::Error, text, offerRetry);
    }
    void clear();
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retryButton;
};

} // namespace deai
