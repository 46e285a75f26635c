// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ParametersPage.h"

#include "dataset/WindowDiagramWidget.h"
#include "ui_wizardparameterspage.h"
#include "wizard/ProposedFields.h"
#include "wizard/WizardContext.h"

#include <QGridLayout>
#include <QSettings>

namespace deai {
namespace {

QString settingsGroup(ModelKind model)
{
    return model == ModelKind::Lstm ? QStringLiteral("wizard/lstm") : QStringLiteral("wizard/cnn");
}

// Reads the typed text, so that an emptied field counts as not valid.
bool holdsNumberInRange(const QAbstractSpinBox *spinBox)
{
    bool ok = false;
    const QLocale locale = spinBox->locale();
    if (const auto *intBox = qobject_cast<const QSpinBox *>(spinBox)) {
        const int value = locale.toInt(intBox->cleanText(), &ok);
        return ok && value >= intBox->minimum() && value <= intBox->maximum();
    }
    if (const auto *doubleBox = qobject_cast<const QDoubleSpinBox *>(spinBox)) {
        const double value = locale.toDouble(doubleBox->cleanText(), &ok);
        return ok && value >= doubleBox->minimum() && value <= doubleBox->maximum();
    }
    return true;
}

} // namespace

ParametersPage::ParametersPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardParametersPage>())
    , m_proposed(new ProposedFields(this))
    , m_windowDiagram(new WindowDiagramWidget)
{
    m_ui->setupUi(this);
    alignParameterColumns();
    setTitle(tr("Training parameters"));
    setSubTitle(tr("Hover over a field or read the line under it to see what it does."));

    m_ui->channelComboBox->addItem(tr("1 (grey)"), 1);
    m_ui->channelComboBox->addItem(tr("3 (RGB)"), 3);
    m_ui->channelComboBox->addItem(tr("4 (RGBA)"), 4);
    m_ui->channelComboBox->setCurrentIndex(1);

    m_windowDiagram->setObjectName(QStringLiteral("windowDiagram"));
    auto *lstmLayout = m_ui->lstmParametersLayout;
    lstmLayout->addWidget(m_windowDiagram, lstmLayout->rowCount(), 0, 1, lstmLayout->columnCount());
    setUpProposals();

    const QList<QAbstractSpinBox *> spinBoxes = findChildren<QAbstractSpinBox *>();
    for (QAbstractSpinBox *spinBox : spinBoxes) {
        // A spin box reports only numbers in range. Watching its text as well
        // would make it refuse keystrokes mid-edit, and on leaving it puts an
        // emptied field back to the last number anyway.
        connect(spinBox, &QAbstractSpinBox::editingFinished, this, &ParametersPage::showProblem);
        if (auto *intBox = qobject_cast<QSpinBox *>(spinBox))
            connect(intBox, &QSpinBox::valueChanged, this, &ParametersPage::showProblem);
        if (auto *doubleBox = qobject_cast<QDoubleSpinBox *>(spinBox))
            connect(doubleBox, &QDoubleSpinBox::valueChanged, this, &ParametersPage::showProblem);
    }
}

ParametersPage::~ParametersPage() = default;

void ParametersPage::initializePage()
{
    // Each model has its own remembered values; switching models loads them.
    if (m_loadedModel != m_context->model) {
        m_proposed->changeQuietly([this] { loadRemembered(); });
        m_loadedModel = m_context->model;
    }
    applyProposals();
    const bool lstm = m_context->model == ModelKind::Lstm;
    m_ui->parametersStack->setCurrentWidget(lstm ? m_ui->lstmParametersPage
                                                 : m_ui->cnnParametersPage);
    m_ui->epochSpinBox->setFocus();
    showProblem();
}

void ParametersPage::cleanupPage()
{
    // Keep the user's values when going back.
}

QString ParametersPage::problem() const
{
    const bool lstm = m_context->model == ModelKind::Lstm;
    const QWidget *visiblePage = lstm ? m_ui->lstmParametersPage : m_ui->cnnParametersPage;
    const QList<QAbstractSpinBox *> spinBoxes =
        m_ui->commonParametersWidget->findChildren<QAbstractSpinBox *>()
        + visiblePage->findChildren<QAbstractSpinBox *>();
    for (const QAbstractSpinBox *spinBox : spinBoxes) {
        if (!holdsNumberInRange(spinBox))
            return tr("%1: enter a number between the limits its tip names.")
                .arg(spinBox->accessibleName());
    }
    if (lstm) {
        // TensorFlow's windowing puts the labels at the end of a window of
        // input_width + shift rows, so they cannot be wider than that.
        const int windowRows = m_ui->inputWidthSpinBox->value() + m_ui->shiftSpinBox->value();
        if (m_ui->labelWidthSpinBox->value() > windowRows)
            return tr("The label width (%1) cannot exceed input width plus shift (%2).")
                .arg(m_ui->labelWidthSpinBox->value())
                .arg(windowRows);
        // Without the real row count the server is left to judge.
        const qint64 rows = m_context->datasetFacts.seriesRows;
        if (rows > 0)
            return validateWindowSettings(rows, windowSettings(),
                                          m_ui->trainShardSpinBox->value());
    }
    return {};
}

LstmWindowSettings ParametersPage::windowSettings() const
{
    LstmWindowSettings settings;
    settings.inputWidth = m_ui->inputWidthSpinBox->value();
    settings.labelWidth = m_ui->labelWidthSpinBox->value();
    settings.shift = m_ui->shiftSpinBox->value();
    settings.sequenceStride = m_ui->sequenceStrideSpinBox->value();
    settings.samplingRate = m_ui->samplingRateSpinBox->value();
    return settings;
}

void ParametersPage::showProblem()
{
    m_windowDiagram->setRowCount(m_context->datasetFacts.seriesRows);
    m_windowDiagram->setTrainShard(m_ui->trainShardSpinBox->value());
    m_windowDiagram->setSettings(windowSettings());
    m_ui->parametersProblemLabel->setText(problem());
    Q_EMIT completeChanged();
}

bool ParametersPage::isComplete() const
{
    return problem().isEmpty();
}

TrainingSpec ParametersPage::spec() const
{
    if (m_context->model == ModelKind::Lstm) {
        LstmTrainingSpec lstm;
        lstm.jobName = m_context->jobName;
        lstm.epoch = m_ui->epochSpinBox->value();
        lstm.trainShard = m_ui->trainShardSpinBox->value();
        lstm.seriesPath = m_context->datasetPaths.value(0);
        lstm.inputWidth = m_ui->inputWidthSpinBox->value();
        lstm.labelWidth = m_ui->labelWidthSpinBox->value();
        lstm.shift = m_ui->shiftSpinBox->value();
        lstm.sequenceStride = m_ui->sequenceStrideSpinBox->value();
        lstm.samplingRate = m_ui->samplingRateSpinBox->value();
        return lstm;
    }
    CnnTrainingSpec cnn;
    cnn.jobName = m_context->jobName;
    cnn.epoch = m_ui->epochSpinBox->value();
    cnn.trainShard = m_ui->trainShardSpinBox->value();
    cnn.imagesPath = m_context->datasetPaths.value(0);
    if (m_context->datasetPaths.size() > 1)
        cnn.labelsPath = m_context->datasetPaths.at(1);
    cnn.category = m_ui->categorySpinBox->value();
    cnn.channel = m_ui->channelComboBox->currentData().toInt();
    cnn.scaleRatio = m_ui->scaleRatioSpinBox->value();
    return cnn;
}

bool ParametersPage::validatePage()
{
    showProblem();
    if (!isComplete())
        return false;
    m_context->spec = spec();
    remember();
    return true;
}

void ParametersPage::setUpProposals()
{
    auto *layout = m_ui->cnnParametersLayout;
    QComboBox *channel = m_ui->channelComboBox;
    m_proposed->addField(channel, layout, [channel](int value) {
        const int index = channel->findData(value);
        if (index >= 0)
            channel->setCurrentIndex(index);
        return index >= 0;
    });
    for (QSpinBox *spinBox : {m_ui->categorySpinBox, m_ui->scaleRatioSpinBox}) {
        m_proposed->addField(spinBox, layout, [spinBox](int value) {
            if (value < spinBox->minimum() || value > spinBox->maximum())
                return false;
            spinBox->setValue(value);
            return true;
        });
        connect(spinBox, &QSpinBox::valueChanged, this,
                [this, spinBox] { m_proposed->noteChanged(spinBox); });
    }
    connect(channel, &QComboBox::currentIndexChanged, this,
            [this, channel] { m_proposed->noteChanged(channel); });
}

void ParametersPage::applyProposals()
{
    const WizardContext::DatasetFacts &facts = m_context->datasetFacts;
    m_proposed->propose(m_ui->channelComboBox, facts.channel);
    m_proposed->propose(m_ui->categorySpinBox, facts.category);
    m_proposed->propose(m_ui->scaleRatioSpinBox, facts.scaleRatio);
}

bool ParametersPage::isProposed(const QWidget *field) const
{
    return m_proposed->isProposed(field);
}

QList<std::pair<QAbstractSpinBox *, QString>> ParametersPage::rememberedFields() const
{
    QList<std::pair<QAbstractSpinBox *, QString>> fields{
        {m_ui->epochSpinBox, QStringLiteral("epoch")},
        {m_ui->trainShardSpinBox, QStringLiteral("trainShard")},
    };
    if (m_context->model == ModelKind::Cnn) {
        fields.append({{m_ui->categorySpinBox, QStringLiteral("category")},
                       {m_ui->scaleRatioSpinBox, QStringLiteral("scaleRatio")}});
    } else {
        fields.append({{m_ui->inputWidthSpinBox, QStringLiteral("inputWidth")},
                       {m_ui->labelWidthSpinBox, QStringLiteral("labelWidth")},
                       {m_ui->shiftSpinBox, QStringLiteral("shift")},
                       {m_ui->sequenceStrideSpinBox, QStringLiteral("sequenceStride")},
                       {m_ui->samplingRateSpinBox, QStringLiteral("samplingRate")}});
    }
    return fields;
}

void ParametersPage::loadRemembered()
{
    const auto settings = m_context->openSettings();
    settings->beginGroup(settingsGroup(m_context->model));
    for (const auto &[box, key] : rememberedFields()) {
        if (auto *intBox = qobject_cast<QSpinBox *>(box))
            intBox->setValue(settings->value(key, intBox->value()).toInt());
        else if (auto *doubleBox = qobject_cast<QDoubleSpinBox *>(box))
            doubleBox->setValue(settings->value(key, doubleBox->value()).toDouble());
    }
    if (m_context->model == ModelKind::Cnn) {
        const int channel = settings->value(QStringLiteral("channel"), 3).toInt();
        m_ui->channelComboBox->setCurrentIndex(qMax(0, m_ui->channelComboBox->findData(channel)));
    }
}

void ParametersPage::remember() const
{
    const auto settings = m_context->openSettings();
    settings->beginGroup(settingsGroup(m_context->model));
    for (const auto &[box, key] : rememberedFields()) {
        if (const auto *intBox = qobject_cast<QSpinBox *>(box))
            settings->setValue(key, intBox->value());
        else if (const auto *doubleBox = qobject_cast<QDoubleSpinBox *>(box))
            settings->setValue(key, doubleBox->value());
    }
    if (m_context->model == ModelKind::Cnn)
        settings->setValue(QStringLiteral("channel"), m_ui->channelComboBox->currentData());
}

void ParametersPage::alignParameterColumns()
{
    // The common fields and the model's own sit in three grids: one label
    // column as wide as the widest label, and no indent of the model's
    // pages, lines their fields up in one column.
    QGridLayout *const grids[] = {m_ui->commonLayout, m_ui->cnnParametersLayout,
                                  m_ui->lstmParametersLayout};
    int labelWidth = 0;
    for (QGridLayout *grid : grids) {
        for (int row = 0; row < grid->rowCount(); ++row) {
            if (QLayoutItem *item = grid->itemAtPosition(row, 0); item && item->widget())
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
        }
    }
    for (QGridLayout *grid : grids) {
        grid->setColumnMinimumWidth(0, labelWidth);
        grid->setColumnStretch(0, 0);
        grid->setColumnStretch(1, 1);
    }
    const QMargins common = m_ui->commonLayout->contentsMargins();
    for (QGridLayout *grid : {m_ui->cnnParametersLayout, m_ui->lstmParametersLayout})
        grid->setContentsMargins(common.left(), grid->contentsMargins().top(), common.right(),
                                 grid->contentsMargins().bottom());
}

} // namespace deai
