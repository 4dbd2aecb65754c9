// The catalogue's 3D part: real ITK 5.2 filters on volumes, float, and unsigned char or short where the filter needs
// integer pixels (binary images, labels), with the transforms and interpolators resampling takes; run by the same
// program as the 2D module and compared with the C++ reference program pixel for pixel (tests/Catalogue/Program.cs).
// A second module rather than more of the first: its shim builds in parallel with the 2D one.
%module Catalogue3D
%{
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkImageIOBase.h"
#include "itkFlatStructuringElement.h"
#include "itkTransform.h"
#include "itkMatrixOffsetTransformBase.h"
#include "itkAffineTransform.h"
#include "itkEuler3DTransform.h"
#include "itkInterpolateImageFunction.h"
#include "itkLinearInterpolateImageFunction.h"
#include "itkNearestNeighborInterpolateImageFunction.h"
#include "itkMinimumMaximumImageCalculator.h"
#include "itkCatalogueSupport.h"
#include "itkAbsImageFilter.h"
#include "itkAbsoluteValueDifferenceImageFilter.h"
#include "itkAddImageFilter.h"
#include "itkAdditiveGaussianNoiseImageFilter.h"
#include "itkAndImageFilter.h"
#include "itkAntiAliasBinaryImageFilter.h"
#include "itkApproximateSignedDistanceMapImageFilter.h"
#include "itkBSplineDecompositionImageFilter.h"
#include "itkBilateralImageFilter.h"
#include "itkBinShrinkImageFilter.h"
#include "itkBinaryContourImageFilter.h"
#include "itkBinaryDilateImageFilter.h"
#include "itkBinaryErodeImageFilter.h"
#include "itkBinaryFillholeImageFilter.h"
#include "itkBinaryMedianImageFilter.h"
#include "itkBinaryMorphologicalClosingImageFilter.h"
#include "itkBinaryMorphologicalOpeningImageFilter.h"
#include "itkBinaryNotImageFilter.h"
#include "itkBinaryShapeKeepNObjectsImageFilter.h"
#include "itkBinaryShapeOpeningImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkBinomialBlurImageFilter.h"
#include "itkBlackTopHatImageFilter.h"
#include "itkBoxMeanImageFilter.h"
#include "itkBoxSigmaImageFilter.h"
#include "itkCannyEdgeDetectionImageFilter.h"
#include "itkCastImageFilter.h"
#include "itkChangeLabelImageFilter.h"
#include "itkClampImageFilter.h"
#include "itkClosingByReconstructionImageFilter.h"
#include "itkConfidenceConnectedImageFilter.h"
#include "itkConnectedComponentImageFilter.h"
#include "itkConnectedThresholdImageFilter.h"
#include "itkConstantPadImageFilter.h"
#include "itkCosImageFilter.h"
#include "itkCropImageFilter.h"
#include "itkCurvatureAnisotropicDiffusionImageFilter.h"
#include "itkCurvatureFlowImageFilter.h"
#include "itkCyclicShiftImageFilter.h"
#include "itkDerivativeImageFilter.h"
#include "itkDirectFourierReconstructionImageToImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkDivideImageFilter.h"
#include "itkExpImageFilter.h"
#include "itkExpandImageFilter.h"
#include "itkExtractImageFilter.h"
#include "itkFastMarchingImageFilter.h"
#include "itkFlipImageFilter.h"
#include "itkGradientAnisotropicDiffusionImageFilter.h"
#include "itkGradientMagnitudeImageFilter.h"
#include "itkGradientMagnitudeRecursiveGaussianImageFilter.h"
#include "itkGrayscaleDilateImageFilter.h"
#include "itkGrayscaleErodeImageFilter.h"
#include "itkGrayscaleFillholeImageFilter.h"
#include "itkGrayscaleMorphologicalClosingImageFilter.h"
#include "itkGrayscaleMorphologicalOpeningImageFilter.h"
#include "itkHMaximaImageFilter.h"
#include "itkHMinimaImageFilter.h"
#include "itkIntensityWindowingImageFilter.h"
#include "itkInvertIntensityImageFilter.h"
#include "itkIsolatedConnectedImageFilter.h"
#include "itkJoinSeriesImageFilter.h"
#include "itkLabelContourImageFilter.h"
#include "itkLabelShapeKeepNObjectsImageFilter.h"
#include "itkLaplacianImageFilter.h"
#include "itkLaplacianRecursiveGaussianImageFilter.h"
#include "itkLaplacianSharpeningImageFilter.h"
#include "itkLiThresholdImageFilter.h"
#include "itkLogImageFilter.h"
#include "itkMaskImageFilter.h"
#include "itkMaskNegatedImageFilter.h"
#include "itkMaximumImageFilter.h"
#include "itkMeanImageFilter.h"
#include "itkMedianImageFilter.h"
#include "itkMinMaxCurvatureFlowImageFilter.h"
#include "itkMinimumImageFilter.h"
#include "itkMinimumMaximumImageFilter.h"
#include "itkMirrorPadImageFilter.h"
#include "itkMorphologicalGradientImageFilter.h"
#include "itkMultiResolutionPyramidImageFilter.h"
#include "itkMultiplyImageFilter.h"
#include "itkN4BiasFieldCorrectionImageFilter.h"
#include "itkNaryAddImageFilter.h"
#include "itkNeighborhoodConnectedImageFilter.h"
#include "itkNoiseImageFilter.h"
#include "itkNormalizeImageFilter.h"
#include "itkOpeningByReconstructionImageFilter.h"
#include "itkOrImageFilter.h"
#include "itkOtsuMultipleThresholdsImageFilter.h"
#include "itkOtsuThresholdImageFilter.h"
#include "itkPadImageFilter.h"
#include "itkPermuteAxesImageFilter.h"
#include "itkReconstructionByDilationImageFilter.h"
#include "itkRecursiveGaussianImageFilter.h"
#include "itkRegionOfInterestImageFilter.h"
#include "itkRegionalMaximaImageFilter.h"
#include "itkRelabelComponentImageFilter.h"
#include "itkResampleImageFilter.h"
#include "itkRescaleIntensityImageFilter.h"
#include "itkRoundImageFilter.h"
#include "itkSaltAndPepperNoiseImageFilter.h"
#include "itkShiftScaleImageFilter.h"
#include "itkShrinkImageFilter.h"
#include "itkSigmoidImageFilter.h"
#include "itkSignedMaurerDistanceMapImageFilter.h"
#include "itkSinImageFilter.h"
#include "itkSmoothingRecursiveGaussianImageFilter.h"
#include "itkSobelEdgeDetectionImageFilter.h"
#include "itkSqrtImageFilter.h"
#include "itkSquareImageFilter.h"
#include "itkSquaredDifferenceImageFilter.h"
#include "itkStatisticsImageFilter.h"
#include "itkSubtractImageFilter.h"
#include "itkThresholdImageFilter.h"
#include "itkTileImageFilter.h"
#include "itkTriangleThresholdImageFilter.h"
#include "itkVotingBinaryHoleFillingImageFilter.h"
#include "itkWeightedAddImageFilter.h"
#include "itkWhiteTopHatImageFilter.h"
#include "itkWrapPadImageFilter.h"
#include "itkXorImageFilter.h"
#include "itkZeroCrossingBasedEdgeDetectionImageFilter.h"
#include "itkZeroCrossingImageFilter.h"
#include "itkZeroFluxNeumannPadImageFilter.h"
%}
%include "itkLightObject.h"
%include "itkObject.h"
%include "itkDataObject.h"
%include "itkProcessObject.h"
%include "itkImage.h"
%include "itkImageIOBase.h"
// ImageIOBase's pixel-type traits are compile-time helpers, not API.
// VotingBinaryHoleFillingImageFilter makes these two public members of its base protected (overrides in a protected
// section); with the base not wrapped here the generator emits them as public and the shim cannot call them. They are
// not the filter's API, so they are left out (the 2D module wraps the base and is not affected).
%ignore itk::VotingBinaryImageFilter::SetBirthThreshold;
%ignore itk::VotingBinaryImageFilter::SetSurvivalThreshold;
%import "itkFlatStructuringElement.h"
%import "itkTransform.h"
%import "itkMatrixOffsetTransformBase.h"
%import "itkAffineTransform.h"
%import "itkEuler3DTransform.h"
%import "itkInterpolateImageFunction.h"
%import "itkLinearInterpolateImageFunction.h"
%import "itkNearestNeighborInterpolateImageFunction.h"
%import "itkMinimumMaximumImageCalculator.h"
%import "itkAbsImageFilter.h"
%import "itkAbsoluteValueDifferenceImageFilter.h"
%import "itkAddImageFilter.h"
%import "itkAdditiveGaussianNoiseImageFilter.h"
%import "itkAndImageFilter.h"
%import "itkAntiAliasBinaryImageFilter.h"
%import "itkApproximateSignedDistanceMapImageFilter.h"
%import "itkBSplineDecompositionImageFilter.h"
%import "itkBilateralImageFilter.h"
%import "itkBinShrinkImageFilter.h"
%import "itkBinaryContourImageFilter.h"
%import "itkBinaryDilateImageFilter.h"
%import "itkBinaryErodeImageFilter.h"
%import "itkBinaryFillholeImageFilter.h"
%import "itkBinaryMedianImageFilter.h"
%import "itkBinaryMorphologicalClosingImageFilter.h"
%import "itkBinaryMorphologicalOpeningImageFilter.h"
%import "itkBinaryNotImageFilter.h"
%import "itkBinaryShapeKeepNObjectsImageFilter.h"
%import "itkBinaryShapeOpeningImageFilter.h"
%import "itkBinaryThresholdImageFilter.h"
%import "itkBinomialBlurImageFilter.h"
%import "itkBlackTopHatImageFilter.h"
%import "itkBoxMeanImageFilter.h"
%import "itkBoxSigmaImageFilter.h"
%import "itkCannyEdgeDetectionImageFilter.h"
%import "itkCastImageFilter.h"
%import "itkChangeLabelImageFilter.h"
%import "itkClampImageFilter.h"
%import "itkClosingByReconstructionImageFilter.h"
%import "itkConfidenceConnectedImageFilter.h"
%import "itkConnectedComponentImageFilter.h"
%import "itkConnectedThresholdImageFilter.h"
%import "itkConstantPadImageFilter.h"
%import "itkCosImageFilter.h"
%import "itkCropImageFilter.h"
%import "itkCurvatureAnisotropicDiffusionImageFilter.h"
%import "itkCurvatureFlowImageFilter.h"
%import "itkCyclicShiftImageFilter.h"
%import "itkDerivativeImageFilter.h"
%import "itkDirectFourierReconstructionImageToImageFilter.h"
%import "itkDiscreteGaussianImageFilter.h"
%import "itkDivideImageFilter.h"
%import "itkExpImageFilter.h"
%import "itkExpandImageFilter.h"
%import "itkExtractImageFilter.h"
%import "itkFastMarchingImageFilter.h"
%import "itkFlipImageFilter.h"
%import "itkGradientAnisotropicDiffusionImageFilter.h"
%import "itkGradientMagnitudeImageFilter.h"
%import "itkGradientMagnitudeRecursiveGaussianImageFilter.h"
%import "itkGrayscaleDilateImageFilter.h"
%import "itkGrayscaleErodeImageFilter.h"
%import "itkGrayscaleFillholeImageFilter.h"
%import "itkGrayscaleMorphologicalClosingImageFilter.h"
%import "itkGrayscaleMorphologicalOpeningImageFilter.h"
%import "itkHMaximaImageFilter.h"
%import "itkHMinimaImageFilter.h"
%import "itkIntensityWindowingImageFilter.h"
%import "itkInvertIntensityImageFilter.h"
%import "itkIsolatedConnectedImageFilter.h"
%import "itkJoinSeriesImageFilter.h"
%import "itkLabelContourImageFilter.h"
%import "itkLabelShapeKeepNObjectsImageFilter.h"
%import "itkLaplacianImageFilter.h"
%import "itkLaplacianRecursiveGaussianImageFilter.h"
%import "itkLaplacianSharpeningImageFilter.h"
%import "itkLiThresholdImageFilter.h"
%import "itkLogImageFilter.h"
%import "itkMaskImageFilter.h"
%import "itkMaskNegatedImageFilter.h"
%import "itkMaximumImageFilter.h"
%import "itkMeanImageFilter.h"
%import "itkMedianImageFilter.h"
%import "itkMinMaxCurvatureFlowImageFilter.h"
%import "itkMinimumImageFilter.h"
%import "itkMinimumMaximumImageFilter.h"
%import "itkMirrorPadImageFilter.h"
%import "itkMorphologicalGradientImageFilter.h"
%import "itkMultiResolutionPyramidImageFilter.h"
%import "itkMultiplyImageFilter.h"
%import "itkN4BiasFieldCorrectionImageFilter.h"
%import "itkNaryAddImageFilter.h"
%import "itkNeighborhoodConnectedImageFilter.h"
%import "itkNoiseImageFilter.h"
%import "itkNormalizeImageFilter.h"
%import "itkOpeningByReconstructionImageFilter.h"
%import "itkOrImageFilter.h"
%import "itkOtsuMultipleThresholdsImageFilter.h"
%import "itkOtsuThresholdImageFilter.h"
%import "itkPadImageFilter.h"
%import "itkPermuteAxesImageFilter.h"
%import "itkReconstructionByDilationImageFilter.h"
%import "itkRecursiveGaussianImageFilter.h"
%import "itkRegionOfInterestImageFilter.h"
%import "itkRegionalMaximaImageFilter.h"
%import "itkRelabelComponentImageFilter.h"
%import "itkResampleImageFilter.h"
%import "itkRescaleIntensityImageFilter.h"
%import "itkRoundImageFilter.h"
%import "itkSaltAndPepperNoiseImageFilter.h"
%import "itkShiftScaleImageFilter.h"
%import "itkShrinkImageFilter.h"
%import "itkSigmoidImageFilter.h"
%import "itkSignedMaurerDistanceMapImageFilter.h"
%import "itkSinImageFilter.h"
%import "itkSmoothingRecursiveGaussianImageFilter.h"
%import "itkSobelEdgeDetectionImageFilter.h"
%import "itkSqrtImageFilter.h"
%import "itkSquareImageFilter.h"
%import "itkSquaredDifferenceImageFilter.h"
%import "itkStatisticsImageFilter.h"
%import "itkSubtractImageFilter.h"
%import "itkThresholdImageFilter.h"
%import "itkTileImageFilter.h"
%import "itkTriangleThresholdImageFilter.h"
%import "itkVotingBinaryHoleFillingImageFilter.h"
%import "itkWeightedAddImageFilter.h"
%import "itkWhiteTopHatImageFilter.h"
%import "itkWrapPadImageFilter.h"
%import "itkXorImageFilter.h"
%import "itkZeroCrossingBasedEdgeDetectionImageFilter.h"
%import "itkZeroCrossingImageFilter.h"
%import "itkZeroFluxNeumannPadImageFilter.h"
%import "itkImageFileReader.h"
%import "itkImageFileWriter.h"
%include "itkCatalogueSupport.h"

%template(ImageF3) itk::Image<float, 3>;
%template(ImageUC3) itk::Image<unsigned char, 3>;
%template(ImageSS3) itk::Image<short, 3>;
// JoinSeries' input (slices) and Extract's output (a slice).
%template(ImageF2) itk::Image<float, 2>;
// Inputs written for the C++ reference program, and every kind of output read back to compare with it.
%template(ImageFileReaderF3) itk::ImageFileReader<itk::Image<float, 3>>;
%template(ImageFileWriterF3) itk::ImageFileWriter<itk::Image<float, 3>>;
%template(ImageFileReaderUC3) itk::ImageFileReader<itk::Image<unsigned char, 3>>;
%template(ImageFileWriterUC3) itk::ImageFileWriter<itk::Image<unsigned char, 3>>;
%template(ImageFileReaderSS3) itk::ImageFileReader<itk::Image<short, 3>>;
%template(ImageFileWriterSS3) itk::ImageFileWriter<itk::Image<short, 3>>;
%template(ImageFileReaderF2) itk::ImageFileReader<itk::Image<float, 2>>;
%template(ImageFileWriterF2) itk::ImageFileWriter<itk::Image<float, 2>>;

%template(MedianImageFilterF3) itk::MedianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(MeanImageFilterF3) itk::MeanImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(DiscreteGaussianImageFilterF3) itk::DiscreteGaussianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(SmoothingRecursiveGaussianImageFilterF3) itk::SmoothingRecursiveGaussianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(RecursiveGaussianImageFilterF3) itk::RecursiveGaussianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(BinomialBlurImageFilterF3) itk::BinomialBlurImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(BoxMeanImageFilterF3) itk::BoxMeanImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(BoxSigmaImageFilterF3) itk::BoxSigmaImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(NoiseImageFilterF3) itk::NoiseImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(BilateralImageFilterF3) itk::BilateralImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(CurvatureFlowImageFilterF3) itk::CurvatureFlowImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(MinMaxCurvatureFlowImageFilterF3) itk::MinMaxCurvatureFlowImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(GradientAnisotropicDiffusionImageFilterF3) itk::GradientAnisotropicDiffusionImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(CurvatureAnisotropicDiffusionImageFilterF3) itk::CurvatureAnisotropicDiffusionImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(GradientMagnitudeImageFilterF3) itk::GradientMagnitudeImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(GradientMagnitudeRecursiveGaussianImageFilterF3) itk::GradientMagnitudeRecursiveGaussianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(LaplacianImageFilterF3) itk::LaplacianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(LaplacianRecursiveGaussianImageFilterF3) itk::LaplacianRecursiveGaussianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(LaplacianSharpeningImageFilterF3) itk::LaplacianSharpeningImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(SobelEdgeDetectionImageFilterF3) itk::SobelEdgeDetectionImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(DerivativeImageFilterF3) itk::DerivativeImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ZeroCrossingImageFilterF3) itk::ZeroCrossingImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ZeroCrossingBasedEdgeDetectionImageFilterF3) itk::ZeroCrossingBasedEdgeDetectionImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(CannyEdgeDetectionImageFilterF3) itk::CannyEdgeDetectionImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(AbsImageFilterF3) itk::AbsImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(SqrtImageFilterF3) itk::SqrtImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(SquareImageFilterF3) itk::SquareImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ExpImageFilterF3) itk::ExpImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(LogImageFilterF3) itk::LogImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(SinImageFilterF3) itk::SinImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(CosImageFilterF3) itk::CosImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(SigmoidImageFilterF3) itk::SigmoidImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(InvertIntensityImageFilterF3) itk::InvertIntensityImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(RescaleIntensityImageFilterF3) itk::RescaleIntensityImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(NormalizeImageFilterF3) itk::NormalizeImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ShiftScaleImageFilterF3) itk::ShiftScaleImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(IntensityWindowingImageFilterF3) itk::IntensityWindowingImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ClampImageFilterF3) itk::ClampImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ThresholdImageFilterF3) itk::ThresholdImageFilter<itk::Image<float, 3>>;
%template(BinaryThresholdImageFilterF3UC3) itk::BinaryThresholdImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>>;
%template(CastImageFilterF3SS3) itk::CastImageFilter<itk::Image<float, 3>, itk::Image<short, 3>>;
%template(RoundImageFilterF3SS3) itk::RoundImageFilter<itk::Image<float, 3>, itk::Image<short, 3>>;
%template(RescaleIntensityImageFilterF3UC3) itk::RescaleIntensityImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>>;
%template(AddImageFilterF3) itk::AddImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::Image<float, 3>>;
%template(SubtractImageFilterF3) itk::SubtractImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::Image<float, 3>>;
%template(MultiplyImageFilterF3) itk::MultiplyImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::Image<float, 3>>;
%template(DivideImageFilterF3) itk::DivideImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::Image<float, 3>>;
%template(MaximumImageFilterF3) itk::MaximumImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::Image<float, 3>>;
%template(MinimumImageFilterF3) itk::MinimumImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::Image<float, 3>>;
%template(AbsoluteValueDifferenceImageFilterF3) itk::AbsoluteValueDifferenceImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::Image<float, 3>>;
%template(SquaredDifferenceImageFilterF3) itk::SquaredDifferenceImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::Image<float, 3>>;
%template(WeightedAddImageFilterF3) itk::WeightedAddImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::Image<float, 3>>;
%template(NaryAddImageFilterF3) itk::NaryAddImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(MaskImageFilterF3) itk::MaskImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>, itk::Image<float, 3>>;
%template(MaskNegatedImageFilterF3) itk::MaskNegatedImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>, itk::Image<float, 3>>;
%template(GrayscaleErodeImageFilterF3) itk::GrayscaleErodeImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::FlatStructuringElement<3>>;
%template(GrayscaleDilateImageFilterF3) itk::GrayscaleDilateImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::FlatStructuringElement<3>>;
%template(GrayscaleMorphologicalOpeningImageFilterF3) itk::GrayscaleMorphologicalOpeningImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::FlatStructuringElement<3>>;
%template(GrayscaleMorphologicalClosingImageFilterF3) itk::GrayscaleMorphologicalClosingImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::FlatStructuringElement<3>>;
%template(WhiteTopHatImageFilterF3) itk::WhiteTopHatImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::FlatStructuringElement<3>>;
%template(BlackTopHatImageFilterF3) itk::BlackTopHatImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::FlatStructuringElement<3>>;
%template(MorphologicalGradientImageFilterF3) itk::MorphologicalGradientImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::FlatStructuringElement<3>>;
%template(GrayscaleFillholeImageFilterF3) itk::GrayscaleFillholeImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(HMaximaImageFilterF3) itk::HMaximaImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(HMinimaImageFilterF3) itk::HMinimaImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(RegionalMaximaImageFilterF3UC3) itk::RegionalMaximaImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>>;
%template(ReconstructionByDilationImageFilterF3) itk::ReconstructionByDilationImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ClosingByReconstructionImageFilterF3) itk::ClosingByReconstructionImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::FlatStructuringElement<3>>;
%template(OpeningByReconstructionImageFilterF3) itk::OpeningByReconstructionImageFilter<itk::Image<float, 3>, itk::Image<float, 3>, itk::FlatStructuringElement<3>>;
%template(FlipImageFilterF3) itk::FlipImageFilter<itk::Image<float, 3>>;
%template(PermuteAxesImageFilterF3) itk::PermuteAxesImageFilter<itk::Image<float, 3>>;
%template(ShrinkImageFilterF3) itk::ShrinkImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(BinShrinkImageFilterF3) itk::BinShrinkImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ExpandImageFilterF3) itk::ExpandImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ResampleImageFilterF3) itk::ResampleImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(CropImageFilterF3) itk::CropImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(RegionOfInterestImageFilterF3) itk::RegionOfInterestImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ExtractImageFilterF3F2) itk::ExtractImageFilter<itk::Image<float, 3>, itk::Image<float, 2>>;
%template(ConstantPadImageFilterF3) itk::ConstantPadImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(MirrorPadImageFilterF3) itk::MirrorPadImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(WrapPadImageFilterF3) itk::WrapPadImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ZeroFluxNeumannPadImageFilterF3) itk::ZeroFluxNeumannPadImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(PadImageFilterF3) itk::PadImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(CyclicShiftImageFilterF3) itk::CyclicShiftImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(TileImageFilterF3) itk::TileImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(JoinSeriesImageFilterF2F3) itk::JoinSeriesImageFilter<itk::Image<float, 2>, itk::Image<float, 3>>;
%template(MultiResolutionPyramidImageFilterF3) itk::MultiResolutionPyramidImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(BSplineDecompositionImageFilterF3) itk::BSplineDecompositionImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(ConnectedThresholdImageFilterF3UC3) itk::ConnectedThresholdImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>>;
%template(ConfidenceConnectedImageFilterF3UC3) itk::ConfidenceConnectedImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>>;
%template(NeighborhoodConnectedImageFilterF3UC3) itk::NeighborhoodConnectedImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>>;
%template(IsolatedConnectedImageFilterF3UC3) itk::IsolatedConnectedImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>>;
%template(OtsuThresholdImageFilterF3UC3) itk::OtsuThresholdImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;
%template(OtsuMultipleThresholdsImageFilterF3UC3) itk::OtsuMultipleThresholdsImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>>;
%template(TriangleThresholdImageFilterF3UC3) itk::TriangleThresholdImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;
%template(LiThresholdImageFilterF3UC3) itk::LiThresholdImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;
%template(SignedMaurerDistanceMapImageFilterUC3F3) itk::SignedMaurerDistanceMapImageFilter<itk::Image<unsigned char, 3>, itk::Image<float, 3>>;
%template(ApproximateSignedDistanceMapImageFilterUC3F3) itk::ApproximateSignedDistanceMapImageFilter<itk::Image<unsigned char, 3>, itk::Image<float, 3>>;
%template(AntiAliasBinaryImageFilterF3) itk::AntiAliasBinaryImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(N4BiasFieldCorrectionImageFilterF3) itk::N4BiasFieldCorrectionImageFilter<itk::Image<float, 3>, itk::Image<unsigned char, 3>, itk::Image<float, 3>>;
%template(StatisticsImageFilterF3) itk::StatisticsImageFilter<itk::Image<float, 3>>;
%template(MinimumMaximumImageFilterF3) itk::MinimumMaximumImageFilter<itk::Image<float, 3>>;
%template(AdditiveGaussianNoiseImageFilterF3) itk::AdditiveGaussianNoiseImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(SaltAndPepperNoiseImageFilterF3) itk::SaltAndPepperNoiseImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(BinaryDilateImageFilterUC3) itk::BinaryDilateImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>, itk::FlatStructuringElement<3>>;
%template(BinaryErodeImageFilterUC3) itk::BinaryErodeImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>, itk::FlatStructuringElement<3>>;
%template(BinaryMorphologicalOpeningImageFilterUC3) itk::BinaryMorphologicalOpeningImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>, itk::FlatStructuringElement<3>>;
%template(BinaryMorphologicalClosingImageFilterUC3) itk::BinaryMorphologicalClosingImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>, itk::FlatStructuringElement<3>>;
%template(BinaryFillholeImageFilterUC3) itk::BinaryFillholeImageFilter<itk::Image<unsigned char, 3>>;
%template(BinaryContourImageFilterUC3) itk::BinaryContourImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;
%template(BinaryMedianImageFilterUC3) itk::BinaryMedianImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;
%template(VotingBinaryHoleFillingImageFilterUC3) itk::VotingBinaryHoleFillingImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;
%template(BinaryNotImageFilterUC3) itk::BinaryNotImageFilter<itk::Image<unsigned char, 3>>;
%template(AndImageFilterUC3) itk::AndImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;
%template(OrImageFilterUC3) itk::OrImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;
%template(XorImageFilterUC3) itk::XorImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;
%template(BinaryShapeOpeningImageFilterUC3) itk::BinaryShapeOpeningImageFilter<itk::Image<unsigned char, 3>>;
%template(BinaryShapeKeepNObjectsImageFilterUC3) itk::BinaryShapeKeepNObjectsImageFilter<itk::Image<unsigned char, 3>>;
%template(ConnectedComponentImageFilterUC3SS3) itk::ConnectedComponentImageFilter<itk::Image<unsigned char, 3>, itk::Image<short, 3>>;
%template(RelabelComponentImageFilterSS3) itk::RelabelComponentImageFilter<itk::Image<short, 3>, itk::Image<short, 3>>;
%template(LabelContourImageFilterSS3) itk::LabelContourImageFilter<itk::Image<short, 3>, itk::Image<short, 3>>;
%template(ChangeLabelImageFilterSS3) itk::ChangeLabelImageFilter<itk::Image<short, 3>, itk::Image<short, 3>>;
%template(LabelShapeKeepNObjectsImageFilterSS3) itk::LabelShapeKeepNObjectsImageFilter<itk::Image<short, 3>>;
%template(MedianImageFilterSS3) itk::MedianImageFilter<itk::Image<short, 3>, itk::Image<short, 3>>;
%template(ThresholdImageFilterSS3) itk::ThresholdImageFilter<itk::Image<short, 3>>;
%template(ResampleImageFilterUC3) itk::ResampleImageFilter<itk::Image<unsigned char, 3>, itk::Image<unsigned char, 3>>;
%template(DirectFourierReconstructionImageToImageFilterF3) itk::DirectFourierReconstructionImageToImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
%template(FastMarchingImageFilterF3) itk::FastMarchingImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;

// What resampling takes: a rigid transform (float volumes), an affine one with nearest-neighbour interpolation (labels).
%template(TransformD3) itk::Transform<double, 3, 3>;
%template(MatrixOffsetTransformBaseD3) itk::MatrixOffsetTransformBase<double, 3, 3>;
%template(AffineTransformD3) itk::AffineTransform<double, 3>;
%template(Euler3DTransformD) itk::Euler3DTransform<double>;
%template(InterpolateImageFunctionF3) itk::InterpolateImageFunction<itk::Image<float, 3>, double>;
%template(LinearInterpolateImageFunctionF3) itk::LinearInterpolateImageFunction<itk::Image<float, 3>, double>;
%template(InterpolateImageFunctionUC3) itk::InterpolateImageFunction<itk::Image<unsigned char, 3>, double>;
%template(NearestNeighborInterpolateImageFunctionUC3) itk::NearestNeighborInterpolateImageFunction<itk::Image<unsigned char, 3>, double>;

// The kernel of the morphology filters, and a calculator of a volume's extremes (a value result, not a filter).
%template(FlatStructuringElement3) itk::FlatStructuringElement<3>;
%template(MinimumMaximumImageCalculatorF3) itk::MinimumMaximumImageCalculator<itk::Image<float, 3>>;

// Raw pointers the filters take: one value an image axis (DiscreteGaussian's variance and maximum error).
%apply double INPUT[ImageDimension] { const double * v, const double * spacing, const double * origin };
%apply float INPUT[ImageDimension] { const float * v, const float * spacing, const float * origin };
