// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ProposedFields.h"

#include <QGridLayout>
#include <QLabel>

namespace deai {

ProposedFields::ProposedFields(QObject *parent)
    : QObject(parent)
{
}

void ProposedFields::addField(QWidget *field, QGridLayout *layout, Setter setValue)
{
    auto *mark = new QLabel(tr("proposed from your dataset"), field->parentWidget());
    mark->setObjectName(field->objectName() + QStringLiteral("ProposedLabel"));
    mark->setAccessibleName(tr("%1 was proposed from your dataset").arg(field->accessibleName()));
    QFont font = mark->font();
    font.setItalic(true);
    mark->setFont(font);
    mark->hide();

    int row = 0;
    int column = 0;
    int rowSpan = 0;
    int columnSpan = 0;
    layout->getItemPosition(layout->indexOf(field), &row, &column, &rowSpan, &columnSpan);
    layout->addWidget(mark, row, column + columnSpan);
    m_fields.append({field, mark, std::move(setValue), false});
}

ProposedFields::Field *ProposedFields::find(const QWidget *field)
{
    for (Field &entry : m_fields) {
        if (entry.widget == field)
            return &entry;
    }
    return nullptr;
}

void ProposedFields::propose(QWidget *field, const ProposedValue &proposal)
{
    Field *entry = find(field);
    if (!entry || entry->editedByUser)
        return;
    bool taken = false;
    if (proposal.isKnown())
        changeQuietly([&] { taken = entry->setValue(proposal.value); });
    entry->mark->setVisible(taken);
    entry->mark->setToolTip(proposal.reason);
    // The reason is worth having on the field as well, where the user looks.
    entry->widget->setWhatsThis(taken ? proposal.reason : QString());
}

bool ProposedFields::isProposed(const QWidget *field) const
{
    for (const Field &entry : m_fields) {
        if (entry.widget == field)
            return !entry.mark->isHidden();
    }
    return false;
}

void ProposedFields::noteChanged(QWidget *field)
{
    if (m_quiet)
        return;
    if (Field *entry = find(field)) {
        entry->editedByUser = true;
        entry->mark->hide();
    }
}

void ProposedFields::changeQuietly(const std::function<void()> &change)
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    change();
    m_quiet = wasQuiet;
}

} // namespace deai
