// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultViewer.h"

#include "common/DesktopFiles.h"
#include "dataset/ThumbnailListModel.h"
#include "results/ResultDownload.h"
#include "results/ResultTableModel.h"
#include "common/SavePathChooser.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageWriter>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace deai {

ResultViewer::ResultViewer(QWidget *parent)
    : QWidget(parent)
    , m_tableModel(new ResultTableModel(this))
    , m_thumbnailModel(new ThumbnailListModel(this))
    , m_summaryLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_chartView(new QChartView(this))
    , m_thumbnailView(new QListView(this))
    , m_tableView(new QTableView(this))
    , m_openFileButton(new QPushButton(tr("&Open file"), this))
    , m_showInFolderButton(new QPushButton(tr("Show in &folder"), this))
    , m_exportButton(new QPushButton(tr("&Export chart as PNG…"), this))
{
    setAccessibleName(tr("Inference result"));

    m_summaryLabel->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setText(tr("No result loaded."));

    m_chartView->setObjectName(QStringLiteral("resultChartView"));
    m_chartView->setAccessibleName(tr("Result chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 240);

    m_thumbnailView->setObjectName(QStringLiteral("predictionThumbnailView"));
    m_thumbnailView->setAccessibleName(tr("Classified images with their predictions"));
    m_thumbnailView->setViewMode(QListView::IconMode);
    m_thumbnailView->setResizeMode(QListView::Adjust);
    m_thumbnailView->setMovement(QListView::Static);
    m_thumbnailView->setIconSize(QSize(64, 64));
    m_thumbnailView->setGridSize(QSize(110, 100));
    m_thumbnailView->setWordWrap(true);
    m_thumbnailView->setModel(m_thumbnailModel);
    m_thumbnailView->hide();

    m_tableView->setObjectName(QStringLiteral("resultTable"));
    m_tableView->setAccessibleName(tr("Result rows"));
    m_tableView->setModel(m_tableModel);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->horizontalHeader()->setStretchLastSection(true);

    auto *chartSplitter = new QSplitter(Qt::Horizontal, this);
    chartSplitter->addWidget(m_chartView);
    chartSplitter->addWidget(m_thumbnailView);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->addTab(chartSplitter, tr("&Chart"));
    m_tabs->addTab(m_tableView, tr("&Table"));

    m_exportButton->setObjectName(QStringLiteral("exportChartButton"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this,
            qOverload<>(&ResultViewer::exportChartPng));

    m_openFileButton->setObjectName(QStringLiteral("openFileButton"));
    m_openFileButton->setAccessibleName(tr("Open the saved result file"));
    m_openFileButton->setEnabled(false);
    connect(m_openFileButton, &QPushButton::clicked, this, [this] {
        if (!openInDefaultApplication(m_currentFile))
            showMessage(tr("No application could open %1. Open it from your file manager.")
                            .arg(QDir::toNativeSeparators(m_currentFile)),
                        true);
    });
    m_showInFolderButton->setObjectName(QStringLiteral("showInFolderButton"));
    m_showInFolderButton->setAccessibleName(tr("Show the saved result file in its folder"));
    m_showInFolderButton->setEnabled(false);
    connect(m_showInFolderButton, &QPushButton::clicked, this, [this] {
        if (!showInFileManager(m_currentFile))
            showMessage(tr("The folder of %1 could not be opened.")
                            .arg(QDir::toNativeSeparators(m_currentFile)),
                        true);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFileButton);
    buttons->addWidget(m_showInFolderButton);
    buttons->addStretch();
    buttons->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createMessagePanel());
    layout->addWidget(createDownloadPanel());
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

ResultViewer::~ResultViewer() = default;

QWidget *ResultViewer::createMessagePanel()
{
    m_messagePanel = new QWidget(this);
    m_messagePanel->setObjectName(QStringLiteral("messagePanel"));
    m_messageIcon = new QLabel(m_messagePanel);
    m_messageLabel = new QLabel(m_messagePanel);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(m_messagePanel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    layout->addWidget(m_messageLabel, 1);
    m_messagePanel->hide();
    return m_messagePanel;
}

void ResultViewer::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_network = network;
}

void ResultViewer::setSavePathChooser(SavePathChooser *chooser)
{
    m_chooser = chooser;
}

void ResultViewer::setInferenceDataZip(const QString &zipPath)
{
    m_zipPath = zipPath;
}

void ResultViewer::setActualSeriesCsv(const QString &csvPath, const QString &column)
{
    m_seriesPath = csvPath;
    m_seriesColumn = column;
}

bool ResultViewer::isDownloading() const
{
    return m_download && m_download->isRunning();
}

SavePathChooser *ResultViewer::chooser()
{
    if (m_chooser)
        return m_chooser;
    if (!m_dialogChooser)
        m_dialogChooser = std::make_unique<FileDialogSavePathChooser>();
    return m_dialogChooser.get();
}

bool ResultViewer::loadFromFile(const QString &path)
{
    m_tableModel->setResult(nullptr);
    m_result = parseResultCsvFile(path);
    m_currentFile = path;
    m_warnings.clear();
    hideMessage();

    if (!m_result.isValid()) {
        const QString error = m_result.error;
        clear();
        // A file that cannot be read as a result may still be worth a look in an editor.
        const bool saved = QFileInfo::exists(path);
        m_openFileButton->setEnabled(saved);
        m_showInFolderButton->setEnabled(saved);
        showMessage(error, true);
        return false;
    }

    m_tableModel->setResult(&m_result);
    if (m_result.kind == ResultKind::Cnn)
        showCnnChart();
    else
        showLstmChart();
    m_exportButton->setEnabled(true);
    m_openFileButton->setEnabled(true);
    m_showInFolderButton->setEnabled(true);

    if (m_result.badRowCount > 0) {
        m_warnings.prepend(tr("%n row(s) could not be read and are left out, the first on line %1.",
                              nullptr, int(m_result.badRowCount))
                               .arg(m_result.firstBadLine));
    }
    if (!m_warnings.isEmpty())
        showMessage(m_warnings.join(QLatin1Char('\n')), false);
    showSummary();
    Q_EMIT resultLoaded(path);
    return true;
}

void ResultViewer::showSummary()
{
    const QString file = QFileInfo(m_currentFile).fileName();
    if (m_result.kind == ResultKind::Cnn) {
        m_summaryLabel->setText(tr("%1: %Ln image(s) classified into %2.", nullptr,
                                   int(m_result.cnnRows.size()))
                                    .arg(file, tr("%Ln class(es)", nullptr,
                                                  int(m_result.countPerClass().size()))));
    } else {
        m_summaryLabel->setText(
            tr("%1: %n forecast step(s).", nullptr, int(m_result.lstmRows.size())).arg(file));
    }
}

bool ResultViewer::exportChartPng()
{
    const QFileInfo current(m_currentFile);
    const QString suggested =
        current.fileName().isEmpty()
            ? QStringLiteral("chart.png")
            : current.dir().filePath(current.completeBaseName() + QStringLiteral(".png"));
    const QString path =
        chooser()->chooseSavePath(this, tr("Export Chart"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return false;
    return exportChartPng(path);
}

bool ResultViewer::exportChartPng(const QString &path)
{
    m_tabs->setCurrentIndex(0);
    const QImage image = m_chartView->grab().toImage();

    QSaveFile file(path);
    QImageWriter writer(&file, "png");
    if (image.isNull() || !file.open(QIODevice::WriteOnly) || !writer.write(image) ||
        !file.commit()) {
        const QString reason = writer.error() != QImageWriter::UnknownError ? writer.errorString()
                                                                            : file.errorString();
        showMessage(tr("The chart could not be exported to %1: %2").arg(path, reason), true);
        return false;
    }
    showMessage(tr("The chart was saved as %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ResultViewer::clear()
{
    m_tableModel->setResult(nullptr);
    m_result = {};
    m_thumbnailModel->setItems({});
    m_thumbnailView->hide();
    resetChart();
    m_exportButton->setEnabled(false);
    m_openFileButton->setEnabled(false);
    m_showInFolderButton->setEnabled(false);
    m_summaryLabel->setText(tr("No result loaded."));
    hideMessage();
}

void ResultViewer::showMessage(const QString &text, bool isError)
{
    const QStyle::StandardPixmap icon =
        isError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setPixmap(style()->standardIcon(icon).pixmap(side, side));
    m_messageLabel->setText(text);
    m_messageLabel->setAccessibleName(isError ? tr("Error") : tr("Information"));
    m_messagePanel->show();
}

void ResultViewer::hideMessage()
{
    m_messageLabel->clear();
    m_messagePanel->hide();
}

} // namespace deai
