// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/CcdAmount.h"

#include <cstdint>

namespace deai::sandbox {

// What a training job costs, from an estimate of the floating-point work a
// reference model would do. Every step is integer arithmetic on CcdAmount.
//
//   training cost = samples * epochs * opsPerSample * kUnitsPerOp
//   inference cost = bytes of the data file * kUnitsPerInferenceByte
//
// opsPerSample is three forward passes (one forward, two for the backward
// pass) of the reference model:
//   CNN:  Conv2D(32 filters, 3x3) on H x W x C, 2x2 max pooling, Dense(category)
//         forward = 2*H*W*C*9*32 + 2*(H/2)*(W/2)*32*category
//   LSTM: LSTM(32 units) over input_width steps of F features, Dense(label_width*F)
//         forward = input_width * 8*32*(F+32+1) + 2*32*label_width*F
// so doubling the epochs doubles the cost, and more samples cost more.
struct CostModel
{
    static constexpr std::uint64_t kUnitsPerOp = 50000;               // 5e-14 CCD per operation
    static constexpr std::uint64_t kUnitsPerInferenceByte = 10000000000; // 1e-8 CCD per byte
    static constexpr std::uint64_t kReferenceUnits = 32;

    static std::uint64_t cnnOpsPerSample(std::uint64_t width, std::uint64_t height, std::uint64_t channels,
                                         std::uint64_t categories);
    static std::uint64_t lstmOpsPerSample(std::uint64_t features, std::uint64_t inputWidth,
                                          std::uint64_t labelWidth);
    static CcdAmount trainingCost(std::uint64_t samples, std::uint64_t epochs, std::uint64_t opsPerSample);
    static CcdAmount inferenceCost(std::uint64_t bytes);
};

// The number of windows tf.keras.utils.timeseries_dataset_from_array makes
// from `rows` rows: windows start every sequenceStride rows and span
// (sequenceLength - 1) * samplingRate + 1 rows; a start is kept while the
// whole window fits. Zero when not even one fits.
std::uint64_t timeSeriesWindowCount(std::uint64_t rows, std::uint64_t sequenceLength,
                                    std::uint64_t sequenceStride, std::uint64_t samplingRate);

} // namespace deai::sandbox
