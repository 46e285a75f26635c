// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace deai::sandbox::detail {

// Solves A X = B for a symmetric positive definite A (size x size, row-major)
// by Cholesky factorisation; only the lower triangle of A is read.
// B (size x columns, row-major) is replaced by X.
// Returns false, leaving B unusable, when A is not positive definite.
bool solvePositiveDefinite(std::vector<double> a, int size, std::vector<double> &b,
                           int columns);

} // namespace deai::sandbox::detail
