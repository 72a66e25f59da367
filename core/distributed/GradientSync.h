#pragma once
#include <torch/torch.h>

#include <string>
#include <vector>

namespace crossseg {

// What a training loop needs from the other ranks of a data-parallel run, and nothing more. Every rank holds a
// full copy of every network and trains on its own share of each batch; before every optimizer step the
// gradients are averaged, so all copies take the same step and stay identical.
//
// The default implementation is the single-process run: world size 1, rank 0, every call a no-op (so a loop
// written against this interface behaves exactly as before when nothing is distributed). The distributed one
// (ProcessGroupGradientSync) talks to the other ranks through a torch c10d process group (Gloo or NCCL).
//
// Every collective call must be made by every rank, in the same order, with networks of the same shapes:
// a rank that skips one leaves the others waiting until the collective timeout ends the run.
class GradientSync {
public:
    virtual ~GradientSync() = default;

    virtual int rank() const { return 0; }
    virtual int worldSize() const { return 1; }
    // "none" (single process), "gloo" or "nccl": recorded in the run folder.
    virtual std::string backend() const { return "none"; }
    bool isRankZero() const { return rank() == 0; }
    bool isDistributed() const { return worldSize() > 1; }

    // Call after backward() and before optimizer.step(), once per network (S_real, S_syn, each IAM generator
    // and critic): every parameter's gradient becomes its mean over the ranks. One flattened all-reduce per
    // call (bucketed for very large networks). Parameters without a gradient count as zero gradients.
    void averageGradients(torch::nn::Module& network) { averageGradients(network.parameters()); }
    virtual void averageGradients(const std::vector<torch::Tensor>& parameters) { (void)parameters; }

    // Makes every rank hold rank 0's parameters and buffers: after the networks are created or loaded, so that
    // the copies start identical even when initialisation differs between ranks (other devices, other seeds).
    virtual void broadcastFromRankZero(torch::nn::Module& network) { (void)network; }

    // BatchNorm keeps running statistics per rank (each rank normalises with its own batch, like PyTorch's DDP
    // without SyncBatchNorm). Call this before validation and before writing a checkpoint: floating-point
    // buffers (running mean and variance) become their mean over the ranks, so every copy evaluates and
    // saves the same network.
    virtual void averageBuffers(torch::nn::Module& network) { (void)network; }

    // True on every rank when at least one rank passes true. Call once per iteration with
    // TaskControl::isCancelRequested() so that a SIGTERM or Ctrl-C that reached some ranks stops all of them
    // at the same iteration (rank 0 then writes the checkpoint) instead of leaving the others in a collective.
    virtual bool anyRank(bool local) { return local; }

    // Returns when every rank has called it.
    virtual void barrier() {}

    // The single-process instance: what a trainer uses when nobody passed another one.
    static GradientSync& singleProcess() {
        static GradientSync instance;
        return instance;
    }
};

} // namespace crossseg
