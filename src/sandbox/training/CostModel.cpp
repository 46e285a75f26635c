// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/CostModel.h"

namespace deai::sandbox {

namespace {

constexpr std::uint64_t kPassesPerTrainingStep = 3;
constexpr std::uint64_t kKernelArea = 9;

} // namespace

std::uint64_t CostModel::cnnOpsPerSample(std::uint64_t width, std::uint64_t height, std::uint64_t channels,
                                         std::uint64_t categories)
{
    const std::uint64_t convolution = 2 * width * height * channels * kKernelArea * kReferenceUnits;
    const std::uint64_t dense = 2 * (width / 2) * (height / 2) * kReferenceUnits * categories;
    return kPassesPerTrainingStep * (convolution + dense);
}

std::uint64_t CostModel::lstmOpsPerSample(std::uint64_t features, std::uint64_t inputWidth,
                                          std::uint64_t labelWidth)
{
    const std::uint64_t recurrent = inputWidth * 8 * kReferenceUnits * (features + kReferenceUnits + 1);
    const std::uint64_t dense = 2 * kReferenceUnits * labelWidth * features;
    return kPassesPerTrainingStep * (recurrent + dense);
}

CcdAmount CostModel::trainingCost(std::uint64_t samples, std::uint64_t epochs, std::uint64_t opsPerSample)
{
    return CcdAmount::fromUnits(kUnitsPerOp).multipliedBy(opsPerSample).multipliedBy(samples).multipliedBy(epochs);
}

CcdAmount CostModel::inferenceCost(std::uint64_t bytes)
{
    return CcdAmount::fromUnits(kUnitsPerInferenceByte).multipliedBy(bytes);
}

std::uint64_t timeSeriesWindowCount(std::uint64_t rows, std::uint64_t sequenceLength,
                                    std::uint64_t sequenceStride, std::uint64_t samplingRate)
{
    if (sequenceLength == 0 || sequenceStride == 0 || samplingRate == 0)
        return 0;
    const std::uint64_t span = (sequenceLength - 1) * samplingRate;
    if (rows <= span)
        return 0;
    const std::uint64_t starts = rows - span; // start positions 0 .. rows - span - 1
    return (starts + sequenceStride - 1) / sequenceStride;
}

} // namespace deai::sandbox
