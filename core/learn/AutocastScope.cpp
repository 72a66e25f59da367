#include "core/learn/AutocastScope.h"

#include <ATen/autocast_mode.h>

#include <stdexcept>

namespace crossseg {
namespace {

#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
// LibTorch 2.4 replaced the per-device functions by ones taking the device type.
bool enabled(bool cuda) { return at::autocast::is_autocast_enabled(cuda ? at::kCUDA : at::kCPU); }
void setEnabled(bool cuda, bool on) { at::autocast::set_autocast_enabled(cuda ? at::kCUDA : at::kCPU, on); }
at::ScalarType dtype(bool cuda) { return at::autocast::get_autocast_dtype(cuda ? at::kCUDA : at::kCPU); }
void setDtype(bool cuda, at::ScalarType type) { at::autocast::set_autocast_dtype(cuda ? at::kCUDA : at::kCPU, type); }
#else
bool enabled(bool cuda) { return cuda ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled(); }
void setEnabled(bool cuda, bool on) { cuda ? at::autocast::set_enabled(on) : at::autocast::set_cpu_enabled(on); }
at::ScalarType dtype(bool cuda) {
    return cuda ? at::autocast::get_autocast_gpu_dtype() : at::autocast::get_autocast_cpu_dtype();
}
void setDtype(bool cuda, at::ScalarType type) {
    cuda ? at::autocast::set_autocast_gpu_dtype(type) : at::autocast::set_autocast_cpu_dtype(type);
}
#endif

} // namespace

bool AutocastScope::isKnownPrecision(const std::string& precision) { return precision == "fp32" || precision == "bf16"; }

AutocastScope::AutocastScope(torch::Device device, const std::string& precision) {
    if (!isKnownPrecision(precision))
        throw std::invalid_argument("precision must be 'fp32' or 'bf16', not '" + precision + "'");
    if (precision == "fp32") return;
    if (!device.is_cpu() && !device.is_cuda())
        throw std::invalid_argument("bf16 autocast needs a CPU or CUDA device, not " + device.str());
    active_ = true;
    cuda_ = device.is_cuda();
    wasEnabled_ = enabled(cuda_);
    previousType_ = dtype(cuda_);
    setDtype(cuda_, at::kBFloat16);
    setEnabled(cuda_, true);
    at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope() {
    if (!active_) return;
    // Leaving the outermost autocast region frees the casts cached inside it (parameters cast once per region).
    if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
    setEnabled(cuda_, wasEnabled_);
    setDtype(cuda_, previousType_);
}

} // namespace crossseg
