#pragma once
#include <torch/torch.h>

#include <string>

namespace crossseg {

// Mixed precision for the code inside one C++ scope: LibTorch's autocast (the C++ side of torch.autocast) for the
// device's type. "fp32" does nothing (today's behaviour); "bf16" runs convolutions and matrix products in
// bfloat16 on the CPU (oneDNN) or on CUDA, keeping parameters, gradients, norms and losses in fp32. No fp16:
// LibTorch's C++ API has no gradient scaler, and fp16 training without one underflows. Put the forward pass and
// the loss inside the scope; the backward pass follows the casts autograd recorded.
// Works with LibTorch 1.13 (at::autocast::set_cpu_enabled ...) and 2.x (set_autocast_enabled(device type, ...)).
class AutocastScope {
public:
    AutocastScope(torch::Device device, const std::string& precision);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

    static bool isKnownPrecision(const std::string& precision); // "fp32" | "bf16"

private:
    bool active_ = false;
    bool cuda_ = false;
    bool wasEnabled_ = false;
    at::ScalarType previousType_ = at::kFloat;
};

} // namespace crossseg
