// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardContext.h"

#include <QStringList>
#include <QWizardPage>

#include <array>
#include <functional>
#include <memory>

class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Ui {
class WizardDatasetPage;
}

namespace deai {

class DatasetCheck;
class DatasetUploader;
struct WizardContext;

// Page 2: choose the dataset files and upload them (or reuse an earlier
// upload of the same content).
class DatasetPage : public QWizardPage
{
    Q_OBJECT

public:
    // Asks for a file to open; the default shows QFileDialog. Tests replace
    // it or type the path into the path field.
    using FileChooser = std::function<QString(QWidget *parent, const QString &caption,
                                              const QString &filter)>;

    explicit DatasetPage(WizardContext *context, QWidget *parent = nullptr);
    ~DatasetPage() override;

    void setFileChooser(FileChooser chooser);
    // Where a later step shows the dataset inspection preview and problems.
    QStackedWidget *previewArea() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    enum Slot { ImagesSlot, LabelsSlot, SeriesSlot, SlotCount };
    struct FileSlot
    {
        QLineEdit *localEdit = nullptr;
        QPushButton *browseButton = nullptr;
        QLineEdit *serverEdit = nullptr;
        QString caption;
        QString filter;
    };

    QList<int> activeSlots() const;
    void chooseFile(int slot);
    void useSampleData();
    void startUpload();
    void setUploading(bool uploading);
    void showProgress(qint64 done, qint64 total, double bytesPerSecond);
    void updateUploadButton();
    void checkChosenFiles();


    WizardContext *m_context;
    std::unique_ptr<Ui::WizardDatasetPage> m_ui;
    std::array<FileSlot, SlotCount> m_slots;
    DatasetUploader *m_uploader;
    DatasetCheck *m_check;
    QTimer *m_checkDelay;
    QStringList m_checkedPaths;
    ModelKind m_checkedModel = ModelKind::Cnn;
    FileChooser m_chooseFile;
    int m_reusedCount = 0;
};

} // namespace deai
