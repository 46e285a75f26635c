// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/UserPrompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace deai {

QString UserPrompter::chooseSavePath(QWidget *parent, const QString &title,
                                    const QString &suggestedPath, const QString &filter)
{
    return FileDialogSavePathChooser().chooseSavePath(parent, title, suggestedPath, filter);
}

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                                 const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace deai
