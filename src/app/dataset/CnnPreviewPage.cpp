// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/CnnPreviewPage.h"

#include "dataset/CnnDatasetReport.h"
#include "dataset/CountBarChart.h"
#include "dataset/ThumbnailListModel.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace deai {

namespace {

QString channelText(const CnnDatasetReport &report)
{
    QStringList parts;
    for (auto it = report.imagesPerChannelCount.cbegin(); it != report.imagesPerChannelCount.cend();
         ++it) {
        const int images = int(it.value());
        switch (it.key()) {
        case 1:
            parts.append(CnnPreviewPage::tr("%Ln grey image(s)", nullptr, images));
            break;
        case 2:
            parts.append(CnnPreviewPage::tr("%Ln grey image(s) with alpha", nullptr, images));
            break;
        case 3:
            parts.append(CnnPreviewPage::tr("%Ln RGB image(s)", nullptr, images));
            break;
        case 4:
            parts.append(CnnPreviewPage::tr("%Ln RGBA image(s)", nullptr, images));
            break;
        default:
            parts.append(CnnPreviewPage::tr("%Ln image(s) with %1 channels", nullptr, images)
                             .arg(it.key()));
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString sizeText(const CnnDatasetReport &report)
{
    const QSize size = report.mostCommonSize();
    if (!size.isValid())
        return {};
    if (report.allSameSize())
        return CnnPreviewPage::tr("all %1 × %2 pixels").arg(size.width()).arg(size.height());
    return CnnPreviewPage::tr("%1 sizes, most often %2 × %3 pixels")
        .arg(report.sizes.size())
        .arg(size.width())
        .arg(size.height());
}

} // namespace

CnnPreviewPage::CnnPreviewPage(QWidget *parent)
    : QWidget(parent)
    , m_summaryLabel(new QLabel(this))
    , m_thumbnailView(new QListView(this))
    , m_thumbnailModel(new ThumbnailListModel(this))
    , m_noLabelsLabel(new QLabel(this))
    , m_labelChartView(new QChartView(this))
{
    m_summaryLabel->setObjectName(QStringLiteral("cnnSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_thumbnailView->setObjectName(QStringLiteral("thumbnailView"));
    m_thumbnailView->setAccessibleName(tr("Sample images with their labels"));
    m_thumbnailView->setViewMode(QListView::IconMode);
    m_thumbnailView->setResizeMode(QListView::Adjust);
    m_thumbnailView->setMovement(QListView::Static);
    m_thumbnailView->setIconSize(QSize(64, 64));
    m_thumbnailView->setGridSize(QSize(96, 96));
    m_thumbnailView->setUniformItemSizes(true);
    m_thumbnailView->setWordWrap(true);
    m_thumbnailView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thumbnailView->setModel(m_thumbnailModel);

    m_noLabelsLabel->setObjectName(QStringLiteral("noLabelsLabel"));
    m_noLabelsLabel->setWordWrap(true);
    m_noLabelsLabel->setText(tr("No labels file was given, so there are no label counts to show."));

    m_labelChartView->setObjectName(QStringLiteral("labelChartView"));
    m_labelChartView->setAccessibleName(tr("Images per label"));
    m_labelChartView->setRenderHint(QPainter::Antialiasing);
    m_labelChartView->setMinimumHeight(200);
    m_labelChartView->chart()->setTitle(tr("Images per label"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_thumbnailView);
    auto *chartColumn = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chartColumn);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_noLabelsLabel);
    chartLayout->addWidget(m_labelChartView, 1);
    splitter->addWidget(chartColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(splitter, 1);
}

void CnnPreviewPage::showReport(const CnnDatasetReport &report, int maxChartCategories)
{
    QStringList summary{tr("%n readable image(s)", nullptr, int(report.imageCount))};
    const QString sizes = sizeText(report);
    if (!sizes.isEmpty())
        summary.append(sizes);
    const QString channels = channelText(report);
    if (!channels.isEmpty())
        summary.append(channels);
    if (report.unreadableImageCount > 0)
        summary.append(tr("%n unreadable", nullptr, int(report.unreadableImageCount)));
    if (!report.labels.countPerLabel.isEmpty())
        summary.append(tr("%n label(s)", nullptr, int(report.labels.countPerLabel.size())));
    m_summaryLabel->setText(summary.join(QStringLiteral("; ")));

    QList<ThumbnailItem> items;
    items.reserve(report.thumbnails.size());
    for (const ImageThumbnail &thumbnail : report.thumbnails) {
        const QString caption = thumbnail.label.isEmpty() ? tr("(no label)") : thumbnail.label;
        items.append({thumbnail.image, caption, thumbnail.fileName});
    }
    m_thumbnailModel->setItems(std::move(items));

    const bool hasLabels = !report.labels.countPerLabel.isEmpty();
    m_noLabelsLabel->setVisible(!hasLabels);
    m_labelChartView->setVisible(hasLabels);
    const QList<CategoryCount> counts =
        topCounts(report.labels.countPerLabel, maxChartCategories, tr("other"));
    showCountBars(m_labelChartView->chart(), counts, tr("Images"), tr("Images"));
    m_labelChartView->setAccessibleDescription(
        tr("%n label(s); the most frequent is %1", nullptr, int(report.labels.countPerLabel.size()))
            .arg(counts.isEmpty() ? QString() : counts.constFirst().name));
}

void CnnPreviewPage::clear()
{
    m_summaryLabel->clear();
    m_thumbnailModel->setItems({});
    showCountBars(m_labelChartView->chart(), {}, tr("Images"), tr("Images"));
}

} // namespace deai
