// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SavePathChooser.h"

#include <QFileDialog>

namespace deai {

QString FileDialogSavePathChooser::chooseSavePath(QWidget *parent, const QString &title,
                                                  const QString &suggestedPath,
                                                  const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

} // namespace deai
