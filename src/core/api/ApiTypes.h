// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/CcdAmount.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <variant>

namespace deai {

// The training spec of an image classification job (model "CNN").
// Field comments give the JSON name sent to deAI/queryGuarantee.
struct CnnTrainingSpec
{
    QString jobName;                 // jobName
    int epoch = 1;                   // epoch
    double trainShard = 0.8;         // train_shard, strictly between 0 and 1
    QString imagesPath;              // x_train: server path of the images ZIP
    std::optional<QString> labelsPath; // y_train: server path of the labels CSV
    std::optional<int> scaleRatio;   // scale_ratio: largest pixel value, usually 255
    int category = 2;                // category: number of classes
    std::optional<int> channel;      // channel: 1 grey, 3 RGB, 4 RGBA
};

// The training spec of a time-series job (model "LSTM"). The window fields
// mean what they mean in TensorFlow's time-series tutorial (data windowing).
struct LstmTrainingSpec
{
    QString jobName;                  // jobName
    int epoch = 1;                    // epoch
    double trainShard = 0.8;          // train_shard
    QString seriesPath;               // x_train: server path of the CSV
    int inputWidth = 24;              // input_width
    int labelWidth = 24;              // label_width
    int shift = 24;                   // shift
    int sequenceStride = 1;           // sequence_stride
    std::optional<int> samplingRate;  // sampling_rate
};

using TrainingSpec = std::variant<CnnTrainingSpec, LstmTrainingSpec>;

struct CreateJobRequest
{
    QString jobName;
    int batchSize = 64;
    // "computation" is always "Distributed AI" and is added by the client.
};

struct UserInfo
{
    QString email;
    QString walletAddress;
    std::optional<CcdAmount> balance; // absent when the server does not say
};

// One inference as queryInfer and queryInferList describe it.
struct InferenceRecord
{
    QString txHash;
    QUrl resultUrl;
    QDateTime submitTime; // UTC
    CcdAmount cost;
};

struct InferencePage
{
    int pageSize = 0;    // size
    int pageNumber = 0;  // page, from 1
    int totalPages = 0;  // totalPages
    qint64 totalCount = 0; // totalCount
    QList<InferenceRecord> records;
};

} // namespace deai
