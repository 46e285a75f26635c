// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/InlineMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace deai {

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retryButton, 0, Qt::AlignTop);

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("inlineMessageText"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Retry"));
    setAccessibleName(tr("Message"));
    setAutoFillBackground(true);

    connect(m_retryButton, &QPushButton::clicked, this, &InlineMessage::retryRequested);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text, bool offerRetry)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));

    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_retryButton->setVisible(offerRetry);
    show();
}

void InlineMessage::clear()
{
    m_text->clear();
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

} // namespace deai
