// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/DatasetProblem.h"

#include <QList>
#include <QObject>

#include <functional>

class QGridLayout;
class QLabel;
class QWidget;

namespace deai {

// Fields the wizard fills in from the dataset by itself. Each shows a small "proposed"
// mark, with the reason as its tip, until the user changes it; a field the user changed
// is never overwritten by a later proposal.
class ProposedFields : public QObject
{
    Q_OBJECT

public:
    using Setter = std::function<bool(int value)>;

    explicit ProposedFields(QObject *parent = nullptr);

    // `field` sits in `layout`; its mark goes into the column after it. `setValue`
    // returns false when the field cannot take the value.
    void addField(QWidget *field, QGridLayout *layout, Setter setValue);
    void propose(QWidget *field, const ProposedValue &proposal);
    bool isProposed(const QWidget *field) const;
    // Call from each field's change signal.
    void noteChanged(QWidget *field);
    // Runs a change that is not the user's, such as loading remembered values.
    void changeQuietly(const std::function<void()> &change);

private:
    struct Field
    {
        QWidget *widget = nullptr;
        QLabel *mark = nullptr;
        Setter setValue;
        bool editedByUser = false;
    };

    Field *find(const QWidget *field);

    QList<Field> m_fields;
    bool m_quiet = false;
};

} // namespace deai
