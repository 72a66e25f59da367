#include "core/distributed/ProcessGroupGradientSync.h"

#include "core/distributed/CollectiveWatchdog.h"
#include "core/distributed/DistributedBackends.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <torch/version.h>
#ifdef USE_DISTRIBUTED
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#endif
#ifdef CROSSSEG_HAVE_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#ifdef CROSSSEG_HAVE_NCCL
#include <c10/cuda/CUDAFunctions.h>
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <cstdlib>
#include <thread>

namespace crossseg {
namespace {

#ifdef USE_DISTRIBUTED
// LibTorch 2 split the backend out of ProcessGroup: Gloo and NCCL derive from c10d::Backend there.
#if TORCH_VERSION_MAJOR >= 2
using CollectiveBackend = c10d::Backend;
#else
using CollectiveBackend = c10d::ProcessGroup;
#endif
#endif

// c10::Error's what() carries a stack trace; users need the first line.
std::string reason(const std::exception& e) {
    if (const auto* error = dynamic_cast<const c10::Error*>(&e)) return error->what_without_backtrace();
    return e.what();
}

bool isLoopback(const std::string& address) {
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

// Tensors reduced together: consecutive ones of one dtype and device, up to kBucketBytes.
std::vector<std::vector<torch::Tensor>> buckets(const std::vector<torch::Tensor>& tensors, std::int64_t limit) {
    std::vector<std::vector<torch::Tensor>> result;
    std::int64_t bytes = 0;
    for (const auto& t : tensors) {
        const std::int64_t size = t.numel() * std::int64_t(t.element_size());
        const bool fits = !result.empty() && result.back().front().scalar_type() == t.scalar_type() &&
                          result.back().front().device() == t.device() && bytes + size <= limit;
        if (!fits) {
            result.emplace_back();
            bytes = 0;
        }
        result.back().push_back(t);
        bytes += size;
    }
    return result;
}

torch::Tensor flatten(const std::vector<torch::Tensor>& tensors) {
    std::vector<torch::Tensor> flat;
    flat.reserve(tensors.size());
    for (const auto& t : tensors) flat.push_back(t.reshape({-1}));
    return torch::cat(flat);
}

void unflatten(const torch::Tensor& flat, const std::vector<torch::Tensor>& tensors) {
    std::int64_t offset = 0;
    for (const auto& t : tensors) {
        t.copy_(flat.slice(0, offset, offset + t.numel()).view_as(t));
        offset += t.numel();
    }
}

} // namespace

struct ProcessGroupGradientSync::Impl {
    DistributedEnvironment environment;
    std::string backendName;
    torch::Device device;
    std::chrono::milliseconds timeout;
    CollectiveWatchdog watchdog;
#ifdef USE_DISTRIBUTED
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<CollectiveBackend> group;
#endif

    Impl(const DistributedEnvironment& env, std::string backend, torch::Device d)
        : environment(env), backendName(std::move(backend)), device(d),
          timeout(std::chrono::duration_cast<std::chrono::milliseconds>(env.timeout)) {}

    std::string who() const {
        return "rank " + std::to_string(environment.rank) + " of " + std::to_string(environment.worldSize);
    }
    std::string address() const { return environment.masterAddr + ":" + std::to_string(environment.masterPort); }
    std::string seconds() const { return std::to_string(environment.timeout.count()) + " s"; }

    // Bounds `what` by the timeout plus a grace period for the backend's own timeout to fire first.
    CollectiveWatchdog::Guard guard(const std::string& what) {
        return CollectiveWatchdog::Guard(
            watchdog,
            who() + ": " + what + " did not finish within " + seconds() +
                ": another rank died or hangs; exiting so that the job does not hang",
            timeout + std::chrono::seconds(30));
    }

    [[noreturn]] void fail(const std::string& what, const std::exception& e) const {
        throw std::runtime_error(who() + ": " + what + " failed: another rank stopped, crashed or cannot be reached (" +
                                 reason(e) + ")");
    }

    void connect();
    void awaitEveryRank();
    void createGroup();
    void reduceMean(const std::vector<torch::Tensor>& tensors, const std::string& what);
    void broadcast(const std::vector<torch::Tensor>& tensors, const std::string& what);
    std::int64_t maximum(std::int64_t local, const std::string& what);
};

#ifdef USE_DISTRIBUTED

void ProcessGroupGradientSync::Impl::connect() {
    c10d::TCPStoreOptions options;
    options.port = static_cast<std::uint16_t>(environment.masterPort);
    options.isServer = environment.rank == 0 && !environment.launcherHostsStore;
    options.numWorkers = std::size_t(environment.worldSize);
    options.waitWorkers = false; // awaitEveryRank() counts the ranks itself, with a message that says who is missing
    options.timeout = timeout;
    try {
        // Keys of this attempt only: torchrun's store outlives a restarted worker group.
        store = c10::make_intrusive<c10d::PrefixStore>(
            "crossseg/attempt_" + std::to_string(environment.attempt),
            c10::make_intrusive<c10d::TCPStore>(environment.masterAddr, options));
    } catch (const std::exception& e) {
        const std::string detail = reason(e);
        if (environment.rank == 0 && options.isServer && (detail.find("already in use") != std::string::npos ||
                                      detail.find("errno: 98") != std::string::npos))
            throw InputError("distributed launch: rank 0 cannot listen on port " +
                             std::to_string(environment.masterPort) +
                             " (MASTER_PORT): the port is already in use by another program or training; choose "
                             "another MASTER_PORT");
        if (environment.rank == 0)
            throw std::runtime_error("rank 0: cannot start the rendezvous on port " +
                                     std::to_string(environment.masterPort) + ": " + detail);
        throw std::runtime_error(who() + ": could not reach rank 0's rendezvous at " + address() + " within " +
                                 seconds() + ": rank 0 has not started, or MASTER_ADDR/MASTER_PORT point elsewhere (" +
                                 detail + ")");
    }
}

void ProcessGroupGradientSync::Impl::awaitEveryRank() {
    const std::string key = "joined";
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::int64_t joined = 0;
    try {
        joined = store->add(key, 1);
        while (joined < environment.worldSize && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            joined = store->add(key, 0);
        }
    } catch (const std::exception& e) {
        fail("the rendezvous at " + address(), e);
    }
    if (joined < environment.worldSize)
        throw std::runtime_error(who() + ": only " + std::to_string(joined) + " of " +
                                 std::to_string(environment.worldSize) + " ranks joined the rendezvous at " +
                                 address() + " within " + seconds() +
                                 ": the missing ranks never started, crashed, or cannot reach that address");
}

void ProcessGroupGradientSync::Impl::createGroup() {
    try {
        if (backendName == "gloo") {
#ifdef CROSSSEG_HAVE_GLOO
            auto options = c10d::ProcessGroupGloo::Options::create(timeout);
            const char* interface = std::getenv("GLOO_SOCKET_IFNAME");
            if (isLoopback(environment.masterAddr))
                options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
            else if (interface && *interface)
                options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(interface));
            else
                options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
            group = c10::make_intrusive<c10d::ProcessGroupGloo>(store, environment.rank, environment.worldSize,
                                                                options);
            return;
#endif
        } else if (backendName == "nccl") {
#ifdef CROSSSEG_HAVE_NCCL
            // Blocking wait makes a timed-out collective throw in wait() instead of only in NCCL's watchdog thread.
            ::setenv("TORCH_NCCL_BLOCKING_WAIT", "1", 0);
            ::setenv("NCCL_BLOCKING_WAIT", "1", 0);
            if (device.has_index()) c10::cuda::set_device(device.index());
            auto options = c10d::ProcessGroupNCCL::Options::create();
            options->timeout = timeout;
            group = c10::make_intrusive<c10d::ProcessGroupNCCL>(store, environment.rank, environment.worldSize,
                                                                options);
            return;
#endif
        }
    } catch (const std::exception& e) {
        fail("starting the " + backendName + " process group", e);
    }
    throw std::runtime_error("the " + backendName + " backend is not part of this build of LibTorch");
}

void ProcessGroupGradientSync::Impl::reduceMean(const std::vector<torch::Tensor>& tensors, const std::string& what) {
    torch::NoGradGuard noGrad;
    for (const auto& bucket : buckets(tensors, kBucketBytes)) {
        std::vector<torch::Tensor> flat{flatten(bucket)};
        c10d::AllreduceOptions options;
        options.reduceOp = c10d::ReduceOp::SUM;
        options.timeout = timeout;
        {
            auto watch = guard(what);
            try {
                group->allreduce(flat, options)->wait();
            } catch (const std::exception& e) {
                fail(what, e);
            }
        }
        flat[0].div_(environment.worldSize);
        unflatten(flat[0], bucket);
    }
}

void ProcessGroupGradientSync::Impl::broadcast(const std::vector<torch::Tensor>& tensors, const std::string& what) {
    torch::NoGradGuard noGrad;
    for (const auto& bucket : buckets(tensors, kBucketBytes)) {
        std::vector<torch::Tensor> flat{flatten(bucket)};
        c10d::BroadcastOptions options;
        options.rootRank = 0;
        options.timeout = timeout;
        {
            auto watch = guard(what);
            try {
                group->broadcast(flat, options)->wait();
            } catch (const std::exception& e) {
                fail(what, e);
            }
        }
        unflatten(flat[0], bucket);
    }
}

std::int64_t ProcessGroupGradientSync::Impl::maximum(std::int64_t local, const std::string& what) {
    std::vector<torch::Tensor> value{torch::full({1}, local, torch::TensorOptions().dtype(torch::kLong).device(device))};
    c10d::AllreduceOptions options;
    options.reduceOp = c10d::ReduceOp::MAX;
    options.timeout = timeout;
    auto watch = guard(what);
    try {
        group->allreduce(value, options)->wait();
        return value[0].item<std::int64_t>();
    } catch (const std::exception& e) {
        fail(what, e);
    }
}

#else // LibTorch without torch.distributed

void ProcessGroupGradientSync::Impl::connect() {
    throw std::runtime_error("this build of LibTorch has no torch.distributed (c10d): train with one process");
}
void ProcessGroupGradientSync::Impl::awaitEveryRank() {}
void ProcessGroupGradientSync::Impl::createGroup() {}
void ProcessGroupGradientSync::Impl::reduceMean(const std::vector<torch::Tensor>&, const std::string&) {}
void ProcessGroupGradientSync::Impl::broadcast(const std::vector<torch::Tensor>&, const std::string&) {}
std::int64_t ProcessGroupGradientSync::Impl::maximum(std::int64_t local, const std::string&) { return local; }

#endif

ProcessGroupGradientSync::ProcessGroupGradientSync(const DistributedEnvironment& environment,
                                                   const std::string& backend, torch::Device device)
    : impl_(std::make_unique<Impl>(environment, backend, device)) {
    auto watch = impl_->guard("joining the rendezvous at " + impl_->address());
    impl_->connect();
    impl_->awaitEveryRank();
    impl_->createGroup();
    log::info("distributed: " + environment.describe() + ", backend " + backend);
}

ProcessGroupGradientSync::~ProcessGroupGradientSync() = default;

int ProcessGroupGradientSync::rank() const { return impl_->environment.rank; }
int ProcessGroupGradientSync::worldSize() const { return impl_->environment.worldSize; }
std::string ProcessGroupGradientSync::backend() const { return impl_->backendName; }

void ProcessGroupGradientSync::averageGradients(const std::vector<torch::Tensor>& parameters) {
    std::vector<torch::Tensor> gradients;
    gradients.reserve(parameters.size());
    for (const auto& parameter : parameters) {
        if (!parameter.requires_grad()) continue;
        // A parameter this rank's loss did not reach still takes part, so every rank reduces the same layout.
        if (!parameter.grad().defined()) parameter.mutable_grad() = torch::zeros_like(parameter);
        gradients.push_back(parameter.grad());
    }
    if (!gradients.empty()) impl_->reduceMean(gradients, "the gradient all-reduce");
}

void ProcessGroupGradientSync::broadcastFromRankZero(torch::nn::Module& network) {
    std::vector<torch::Tensor> tensors = network.parameters();
    for (const auto& buffer : network.buffers()) tensors.push_back(buffer);
    if (!tensors.empty()) impl_->broadcast(tensors, "the broadcast of rank 0's weights");
}

void ProcessGroupGradientSync::averageBuffers(torch::nn::Module& network) {
    std::vector<torch::Tensor> statistics;
    for (const auto& buffer : network.buffers())
        if (buffer.is_floating_point()) statistics.push_back(buffer);
    if (!statistics.empty()) impl_->reduceMean(statistics, "the BatchNorm statistics all-reduce");
}

bool ProcessGroupGradientSync::anyRank(bool local) {
    return impl_->maximum(local ? 1 : 0, "the stop agreement between ranks") > 0;
}

void ProcessGroupGradientSync::barrier() { impl_->maximum(0, "the barrier"); }

} // namespace crossseg
