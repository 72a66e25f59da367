#include "core/learn/DomainNormalization.h"

#include <stdexcept>

namespace crossseg {

DomainNormalizationImpl::DomainNormalizationImpl(int channels, int domains, const std::string& kind) {
    if (domains < 1) throw std::invalid_argument("DomainNormalization: at least one domain");
    if (kind != "batch" && kind != "instance")
        throw std::invalid_argument("DomainNormalization: kind must be 'batch' or 'instance'");
    layers_ = register_module("domains", torch::nn::ModuleList());
    for (int d = 0; d < domains; ++d) {
        if (kind == "instance")
            layers_->push_back(torch::nn::InstanceNorm2d(torch::nn::InstanceNorm2dOptions(channels).affine(true)));
        else
            layers_->push_back(torch::nn::BatchNorm2d(channels));
    }
}

torch::nn::BatchNorm2dImpl* DomainNormalizationImpl::batchLayer(int64_t domain) {
    if (domain < 0 || domain >= int64_t(layers_->size()))
        throw std::out_of_range("DomainNormalization: domain " + std::to_string(domain) + " of " +
                                std::to_string(layers_->size()));
    return layers_[std::size_t(domain)]->as<torch::nn::BatchNorm2d>();
}

torch::Tensor DomainNormalizationImpl::forward(const torch::Tensor& x, int64_t domain) {
    if (auto* batch = batchLayer(domain)) return batch->forward(x);
    return layers_[std::size_t(domain)]->as<torch::nn::InstanceNorm2d>()->forward(x);
}

} // namespace crossseg
