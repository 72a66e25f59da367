// The U-Net's variants: domain-specific normalisation (issue 9) and the faster layer choices (issue 10). Each
// variant is an option whose default is the original network, so these tests pin both the new behaviour and the
// promise that the defaults did not move.
#include "SmallUNet.h"
#include "core/learn/DomainNormalization.h"
#include "core/learn/ResnetGenerator.h"
#include "core/learn/SubPixelTransposedConv.h"
#include "core/learn/UNet.h"
#include "core/learn/UpsamplingLayer.h"

#include <QtTest/QtTest>

#include <map>
#include <stdexcept>

using namespace crossseg;
using crossseg::test::smallUNet;

namespace {

std::map<std::string, torch::Tensor> buffersCopy(UNet& network) {
    std::map<std::string, torch::Tensor> copy;
    for (const auto& b : network->named_buffers()) copy[b.key()] = b.value().clone();
    return copy;
}

// A network whose normalisation layers hold what training leaves there (running statistics far from 0 and 1,
// scales and shifts away from 1 and 0), so that folding them has something to fold.
UNet trainedLookingUNet(const UNetOptions& o) {
    torch::manual_seed(5);
    UNet unet(o);
    {
        torch::NoGradGuard noGrad;
        for (auto& p : unet->parameters())
            if (p.dim() == 1) p.uniform_(0.5, 1.5);
        unet->train();
        for (int64_t domain = 0; domain < o.normalizationDomains; ++domain)
            for (int i = 0; i < 3; ++i) unet->forward(torch::randn({4, 1, 16, 16}) * (2.0 + domain) + 1.0, domain);
    }
    unet->eval();
    return unet;
}

} // namespace

class NetworkVariantsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forwardOnOneDomainLeavesTheOtherDomainsStatisticsUnchanged() {
        // Issue 9: the statistics S_real uses on CT must come from CT only, whatever the MR forward passes do.
        UNetOptions o = smallUNet();
        o.normalizationDomains = 2;
        torch::manual_seed(3);
        UNet unet(o);
        unet->train();
        const auto before = buffersCopy(unet);
        unet->forward(torch::randn({4, 1, 16, 16}) * 3.0 + 2.0, /*domain*/ 1);
        int domain0 = 0, domain1Changed = 0;
        for (const auto& b : unet->named_buffers()) {
            const std::string& name = b.key();
            if (name.find("num_batches_tracked") != std::string::npos) continue;
            if (name.find(".domains.0.") != std::string::npos) {
                ++domain0;
                QVERIFY2(torch::equal(b.value(), before.at(name)), name.c_str());
            } else if (name.find(".domains.1.") != std::string::npos && !torch::equal(b.value(), before.at(name))) {
                ++domain1Changed;
            }
        }
        QVERIFY(domain0 > 0);
        QVERIFY(domain1Changed > 0);
        // And a forward on domain 0 does update domain 0 (the check above could not pass by freezing everything).
        unet->forward(torch::randn({4, 1, 16, 16}), 0);
        QVERIFY(!torch::equal(unet->named_buffers()["encoder.0.1.domains.0.running_mean"],
                              before.at("encoder.0.1.domains.0.running_mean")));
    }

    void domainsShareTheConvolutions() {
        UNetOptions o = smallUNet();
        const int64_t single = [&] {
            int64_t n = 0;
            for (const auto& p : UNet(o)->parameters()) n += p.numel();
            return n;
        }();
        o.normalizationDomains = 2;
        UNet twoDomains(o);
        int64_t convolutions = 0, norms = 0;
        for (const auto& p : twoDomains->named_parameters())
            (p.key().find(".domains.") != std::string::npos ? norms : convolutions) += p.value().numel();
        // Each extra domain adds norm parameters only: two domains hold twice the single network's norm weights.
        QCOMPARE(convolutions + norms / 2, single);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, twoDomains->forward(torch::randn({1, 1, 16, 16}), 2));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, UNet(smallUNet())->forward(torch::randn({1, 1, 16, 16}), 1));
    }

    void defaultNetworkKeepsTheOriginalParameterNames() {
        // Old checkpoints load by name: the default network must keep every original name and shape.
        UNet unet(smallUNet());
        const auto parameters = unet->named_parameters();
        const auto buffers = unet->named_buffers();
        for (const auto& p : parameters) QVERIFY2(p.key().find("domains") == std::string::npos, p.key().c_str());
        QCOMPARE(parameters["upsamplers.0.weight"].sizes().vec(), (std::vector<int64_t>{16, 8, 2, 2}));
        QCOMPARE(parameters["upsamplers.1.bias"].sizes().vec(), (std::vector<int64_t>{4}));
        QCOMPARE(parameters["encoder.0.1.weight"].sizes().vec(), (std::vector<int64_t>{4}));
        QCOMPARE(buffers["decoder.1.4.running_var"].sizes().vec(), (std::vector<int64_t>{4}));
        QCOMPARE(parameters["head.weight"].sizes().vec(), (std::vector<int64_t>{3, 4, 1, 1}));
    }

    void transposedModeIsTheOriginalLayerBitForBit() {
        torch::manual_seed(11);
        torch::nn::ConvTranspose2d original(torch::nn::ConvTranspose2dOptions(6, 3, 2).stride(2));
        torch::manual_seed(11);
        UpsamplingLayer layer("transposed", 6, 3);
        QVERIFY(torch::equal(layer->named_parameters()["weight"], original->weight));
        QVERIFY(torch::equal(layer->named_parameters()["bias"], original->bias));
        const torch::Tensor x = torch::randn({2, 6, 5, 7});
        QVERIFY(torch::equal(layer->forward(x), original->forward(x)));
    }

    void pixelShuffleComputesTheTransposedConvolution() {
        // Same seed, same parameters; the function must agree to float rounding, forward and backward.
        UNetOptions o = smallUNet();
        torch::manual_seed(5);
        UNet transposed(o);
        o.upsampling = "pixel-shuffle";
        torch::manual_seed(5);
        UNet shuffled(o);
        const torch::Tensor x = torch::randn({2, 1, 16, 24});
        const torch::Tensor a = transposed->forward(x), b = shuffled->forward(x);
        QVERIFY(torch::allclose(a, b, 1e-4, 1e-5));
        a.square().sum().backward();
        b.square().sum().backward();
        const auto ga = transposed->named_parameters()["upsamplers.0.weight"].grad();
        const auto gb = shuffled->named_parameters()["upsamplers.0.weight"].grad();
        QVERIFY(torch::allclose(ga, gb, 1e-3, 1e-4));
    }

    void subPixelConvolutionComputesTheGeneratorsTransposedConvolution() {
        torch::manual_seed(13);
        torch::nn::ConvTranspose2d original(torch::nn::ConvTranspose2dOptions(6, 3, 3).stride(2).padding(1).output_padding(1));
        torch::manual_seed(13);
        SubPixelTransposedConv twin(6, 3);
        const torch::Tensor x = torch::randn({2, 6, 5, 7});
        const torch::Tensor expected = original->forward(x);
        QCOMPARE(twin->forward(x).sizes().vec(), expected.sizes().vec());
        QVERIFY(torch::allclose(twin->forward(x), expected, 1e-4, 1e-5));

        // The whole generator: same seed, same parameters, same translation in either mode.
        ResnetGeneratorOptions o{1, 1, 4, 1};
        torch::manual_seed(17);
        ResnetGenerator transposed(o);
        o.upsampling = "pixel-shuffle";
        torch::manual_seed(17);
        ResnetGenerator shuffled(o);
        const torch::Tensor slice = torch::randn({2, 1, 32, 32});
        QVERIFY(torch::allclose(transposed->forward(slice), shuffled->forward(slice), 1e-4, 1e-5));
    }

    void bilinearAndChannelsLastKeepTheShapesAndTheFunction() {
        UNetOptions o = smallUNet();
        o.upsampling = "bilinear";
        UNet bilinear(o);
        QCOMPARE(bilinear->forward(torch::randn({2, 1, 16, 24})).sizes().vec(), (std::vector<int64_t>{2, 3, 16, 24}));
        // Fewer FLOPs: the 1x1 convolution runs at the low resolution.
        QVERIFY(bilinear->forwardFlops(16, 24) < UNet(smallUNet())->forwardFlops(16, 24));

        o = smallUNet();
        torch::manual_seed(9);
        UNet plain(o);
        o.channelsLast = true;
        torch::manual_seed(9);
        UNet nhwc(o);
        const torch::Tensor x = torch::randn({2, 1, 16, 24});
        QVERIFY(torch::allclose(plain->forward(x), nhwc->forward(x).contiguous(), 1e-4, 1e-5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, UpsamplingLayer("nearest", 4, 2));
    }

    void foldedNormalizationGivesTheSameLogits() {
        // Issue 10: the Predictor folds batch norm into the convolutions; a prediction must not change beyond float
        // rounding, for the production layout (pixel shuffle, channels-last) and for domain-specific normalisation.
        UNetOptions production = smallUNet();
        production.upsampling = "pixel-shuffle";
        production.channelsLast = true;
        UNetOptions twoDomains = smallUNet();
        twoDomains.normalizationDomains = 2;
        for (const UNetOptions& o : {smallUNet(), production, twoDomains}) {
            UNet unet = trainedLookingUNet(o);
            const torch::Tensor x = torch::randn({3, 1, 16, 16}) * 2.0 + 1.0;
            torch::NoGradGuard noGrad;
            const torch::Tensor expected = unet->forward(x, 0);
            QVERIFY(unet->foldNormalizationForInference(0));
            QVERIFY(unet->normalizationFolded());
            const torch::Tensor folded = unet->forward(x, 0);
            QVERIFY2(torch::allclose(folded, expected, 1e-4, 1e-4),
                     ("largest difference " + std::to_string((folded - expected).abs().max().item<float>())).c_str());
            // Not a no-op: the convolutions now carry the statistics, so the unfolded path would differ.
            QVERIFY(!torch::equal(unet->named_parameters()["encoder.0.0.weight"],
                                  trainedLookingUNet(o)->named_parameters()["encoder.0.0.weight"]));
            // The folded weights are for inference on domain 0 only.
            QVERIFY_THROWS_EXCEPTION(std::logic_error, unet->train());
            QVERIFY_THROWS_EXCEPTION(std::logic_error, unet->foldNormalizationForInference(0));
            if (o.normalizationDomains == 2) QVERIFY_THROWS_EXCEPTION(std::logic_error, unet->forward(x, 1));
        }
    }

    void instanceNormalizationIsNotFolded() {
        // Its statistics come from each image: nothing to fold, and the network must stay exactly as it was.
        UNetOptions o = smallUNet();
        o.normalization = "instance";
        UNet unet = trainedLookingUNet(o);
        const torch::Tensor x = torch::randn({2, 1, 16, 16});
        torch::NoGradGuard noGrad;
        const torch::Tensor before = unet->forward(x);
        QVERIFY(!unet->foldNormalizationForInference(0));
        QVERIFY(!unet->normalizationFolded());
        QVERIFY(torch::equal(unet->forward(x), before));
        unet->train(); // still trainable
    }
};

int runNetworkVariantsTests(int argc, char** argv) {
    NetworkVariantsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "NetworkVariantsTest.moc"
