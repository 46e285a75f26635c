// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultViewerDialog.h"

#include "results/ResultViewer.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QNetworkRequest>
#include <QPushButton>
#include <QVBoxLayout>

namespace deai {

ResultViewerDialog::ResultViewerDialog(SavePathChooser *chooser, QWidget *parent)
    : QDialog(parent)
    , m_viewer(new ResultViewer(this))
{
    setObjectName(QStringLiteral("resultViewerDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);
    resize(820, 600);
    m_viewer->setSavePathChooser(chooser);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Closing while the download runs cancels it; the saved file never appears half-written.
    connect(this, &QDialog::finished, m_viewer, &ResultViewer::cancelDownload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(buttons);
}

ResultViewerDialog *ResultViewerDialog::open(QWidget *parent, SavePathChooser *chooser,
                                             const QUrl &resultUrl, const QString &title,
                                             const QString &dataFile)
{
    const QString path = ResultViewer::askSavePath(chooser, parent, resultUrl);
    if (path.isEmpty())
        return nullptr;
    auto *dialog = new ResultViewerDialog(chooser, parent);
    dialog->setWindowTitle(title);
    if (!dataFile.isEmpty() && QFileInfo(dataFile).isFile()) {
        if (dataFile.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            dialog->viewer()->setInferenceDataZip(dataFile);
        else
            dialog->viewer()->setActualSeriesCsv(dataFile);
    }
    // A download that cannot start still opens the window, which says why.
    dialog->viewer()->downloadTo(QNetworkRequest(resultUrl), path);
    dialog->show();
    return dialog;
}

} // namespace deai
