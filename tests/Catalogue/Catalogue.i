// The catalogue: one module of real ITK 5.2 image filters for 2D images (Debian libinsighttoolkit5-dev): float
// images, and unsigned char images for the filters of binary and label images. Taken from
// /usr/include/ITK-5.2/itk*ImageFilter.h where the template's parameters are images (and a flat structuring
// element for kernel filters). Left out for float pixels because they do not compile for them: GPU/OpenCL filters,
// vector, RGB, complex, tensor and displacement-field filters, label maps, FFTs, bitwise and modulus filters,
// connected components, label voting, orientation, BSpline control points, Hessian objectness, morphological
// watershed, half-to-full Hermitian and level-set domain maps.
%module Catalogue
%{
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkImageIOBase.h"
#include "itkAffineTransform.h"
#include "itkTranslationTransform.h"
#include "itkEuler2DTransform.h"
#include "itkLinearInterpolateImageFunction.h"
#include "itkNearestNeighborInterpolateImageFunction.h"
#include "itkFiniteDifferenceFunction.h"
#include "itkLevelSetFunction.h"
#include "itkHistogram.h"
#include "itkHistogramThresholdCalculator.h"
#include "itkOtsuThresholdCalculator.h"
#include "itkParametricPath.h"
#include "itkPolyLineParametricPath.h"
#include "itkMinimumMaximumImageCalculator.h"
#include "itkResampleImageFilter.h"
#include "itkCatalogueSupport.h"
#include "itkAbsImageFilter.h"
#include "itkAbsoluteValueDifferenceImageFilter.h"
#include "itkAccumulateImageFilter.h"
#include "itkAcosImageFilter.h"
#include "itkAddImageFilter.h"
#include "itkAdditiveGaussianNoiseImageFilter.h"
#include "itkAnchorCloseImageFilter.h"
#include "itkAnchorDilateImageFilter.h"
#include "itkAnchorErodeImageFilter.h"
#include "itkAnchorOpenImageFilter.h"
#include "itkAndImageFilter.h"
#include "itkAnisotropicDiffusionImageFilter.h"
#include "itkAnisotropicFourthOrderLevelSetImageFilter.h"
#include "itkAntiAliasBinaryImageFilter.h"
#include "itkApproximateSignedDistanceMapImageFilter.h"
#include "itkAsinImageFilter.h"
#include "itkAtan2ImageFilter.h"
#include "itkAtanImageFilter.h"
#include "itkBSplineDecompositionImageFilter.h"
#include "itkBasicDilateImageFilter.h"
#include "itkBasicErodeImageFilter.h"
#include "itkBilateralImageFilter.h"
#include "itkBinShrinkImageFilter.h"
#include "itkBinaryClosingByReconstructionImageFilter.h"
#include "itkBinaryContourImageFilter.h"
#include "itkBinaryDilateImageFilter.h"
#include "itkBinaryErodeImageFilter.h"
#include "itkBinaryFillholeImageFilter.h"
#include "itkBinaryGeneratorImageFilter.h"
#include "itkBinaryGrindPeakImageFilter.h"
#include "itkBinaryMagnitudeImageFilter.h"
#include "itkBinaryMedianImageFilter.h"
#include "itkBinaryMinMaxCurvatureFlowImageFilter.h"
#include "itkBinaryMorphologicalClosingImageFilter.h"
#include "itkBinaryMorphologicalOpeningImageFilter.h"
#include "itkBinaryMorphologyImageFilter.h"
#include "itkBinaryNotImageFilter.h"
#include "itkBinaryOpeningByReconstructionImageFilter.h"
#include "itkBinaryProjectionImageFilter.h"
#include "itkBinaryPruningImageFilter.h"
#include "itkBinaryReconstructionByDilationImageFilter.h"
#include "itkBinaryReconstructionByErosionImageFilter.h"
#include "itkBinaryShapeKeepNObjectsImageFilter.h"
#include "itkBinaryShapeOpeningImageFilter.h"
#include "itkBinaryStatisticsKeepNObjectsImageFilter.h"
#include "itkBinaryStatisticsOpeningImageFilter.h"
#include "itkBinaryThinningImageFilter.h"
#include "itkBinaryThresholdImageFilter.h"
#include "itkBinaryThresholdProjectionImageFilter.h"
#include "itkBinomialBlurImageFilter.h"
#include "itkBlackTopHatImageFilter.h"
#include "itkBoundedReciprocalImageFilter.h"
#include "itkBoxImageFilter.h"
#include "itkBoxMeanImageFilter.h"
#include "itkBoxSigmaImageFilter.h"
#include "itkCannyEdgeDetectionImageFilter.h"
#include "itkCastImageFilter.h"
#include "itkChangeInformationImageFilter.h"
#include "itkChangeLabelImageFilter.h"
#include "itkCheckerBoardImageFilter.h"
#include "itkClampImageFilter.h"
#include "itkClosingByReconstructionImageFilter.h"
#include "itkCollidingFrontsImageFilter.h"
#include "itkConfidenceConnectedImageFilter.h"
#include "itkConnectedComponentImageFilter.h"
#include "itkConnectedThresholdImageFilter.h"
#include "itkConstantPadImageFilter.h"
#include "itkConstrainedValueAdditionImageFilter.h"
#include "itkConstrainedValueDifferenceImageFilter.h"
#include "itkContourDirectedMeanDistanceImageFilter.h"
#include "itkContourExtractor2DImageFilter.h"
#include "itkContourMeanDistanceImageFilter.h"
#include "itkCosImageFilter.h"
#include "itkCropImageFilter.h"
#include "itkCurvatureAnisotropicDiffusionImageFilter.h"
#include "itkCurvatureFlowImageFilter.h"
#include "itkCyclicShiftImageFilter.h"
#include "itkDenseFiniteDifferenceImageFilter.h"
#include "itkDerivativeImageFilter.h"
#include "itkDilateObjectMorphologyImageFilter.h"
#include "itkDirectedHausdorffDistanceImageFilter.h"
#include "itkDiscreteGaussianDerivativeImageFilter.h"
#include "itkDiscreteGaussianImageFilter.h"
#include "itkDivideImageFilter.h"
#include "itkDivideOrZeroOutImageFilter.h"
#include "itkDoubleThresholdImageFilter.h"
#include "itkErodeObjectMorphologyImageFilter.h"
#include "itkExpImageFilter.h"
#include "itkExpNegativeImageFilter.h"
#include "itkExpandImageFilter.h"
#include "itkExtractImageFilter.h"
#include "itkExtractOrthogonalSwath2DImageFilter.h"
#include "itkFastApproximateRankImageFilter.h"
#include "itkFastChamferDistanceImageFilter.h"
#include "itkFastIncrementalBinaryDilateImageFilter.h"
#include "itkFiniteDifferenceImageFilter.h"
#include "itkFlipImageFilter.h"
#include "itkFullToHalfHermitianImageFilter.h"
#include "itkGetAverageSliceImageFilter.h"
#include "itkGradientAnisotropicDiffusionImageFilter.h"
#include "itkGradientMagnitudeImageFilter.h"
#include "itkGradientMagnitudeRecursiveGaussianImageFilter.h"
#include "itkGrayscaleConnectedClosingImageFilter.h"
#include "itkGrayscaleConnectedOpeningImageFilter.h"
#include "itkGrayscaleDilateImageFilter.h"
#include "itkGrayscaleErodeImageFilter.h"
#include "itkGrayscaleFillholeImageFilter.h"
#include "itkGrayscaleFunctionDilateImageFilter.h"
#include "itkGrayscaleFunctionErodeImageFilter.h"
#include "itkGrayscaleGeodesicDilateImageFilter.h"
#include "itkGrayscaleGeodesicErodeImageFilter.h"
#include "itkGrayscaleGrindPeakImageFilter.h"
#include "itkGrayscaleMorphologicalClosingImageFilter.h"
#include "itkGrayscaleMorphologicalOpeningImageFilter.h"
#include "itkHConcaveImageFilter.h"
#include "itkHConvexImageFilter.h"
#include "itkHMaximaImageFilter.h"
#include "itkHMinimaImageFilter.h"
#include "itkHardConnectedComponentImageFilter.h"
#include "itkHausdorffDistanceImageFilter.h"
#include "itkHistogramThresholdImageFilter.h"
#include "itkHuangThresholdImageFilter.h"
#include "itkImageToImageFilter.h"
#include "itkInPlaceImageFilter.h"
#include "itkIntensityWindowingImageFilter.h"
#include "itkIntermodesThresholdImageFilter.h"
#include "itkInterpolateImageFilter.h"
#include "itkInvertIntensityImageFilter.h"
#include "itkIsoContourDistanceImageFilter.h"
#include "itkIsoDataThresholdImageFilter.h"
#include "itkIsolatedConnectedImageFilter.h"
#include "itkIsolatedWatershedImageFilter.h"
#include "itkIsotropicFourthOrderLevelSetImageFilter.h"
#include "itkJoinImageFilter.h"
#include "itkKittlerIllingworthThresholdImageFilter.h"
#include "itkLabelContourImageFilter.h"
#include "itkLabelShapeKeepNObjectsImageFilter.h"
#include "itkLabelShapeOpeningImageFilter.h"
#include "itkLabelStatisticsKeepNObjectsImageFilter.h"
#include "itkLabelStatisticsOpeningImageFilter.h"
#include "itkLabelVotingImageFilter.h"
#include "itkLaplacianImageFilter.h"
#include "itkLaplacianRecursiveGaussianImageFilter.h"
#include "itkLaplacianSharpeningImageFilter.h"
#include "itkLiThresholdImageFilter.h"
#include "itkLog10ImageFilter.h"
#include "itkLogImageFilter.h"
#include "itkMaskImageFilter.h"
#include "itkMaskNegatedImageFilter.h"
#include "itkMaximumEntropyThresholdImageFilter.h"
#include "itkMaximumImageFilter.h"
#include "itkMaximumProjectionImageFilter.h"
#include "itkMeanImageFilter.h"
#include "itkMedianImageFilter.h"
#include "itkMedianProjectionImageFilter.h"
#include "itkMinMaxCurvatureFlowImageFilter.h"
#include "itkMinimumImageFilter.h"
#include "itkMinimumMaximumImageFilter.h"
#include "itkMinimumProjectionImageFilter.h"
#include "itkMirrorPadImageFilter.h"
#include "itkMomentsThresholdImageFilter.h"
#include "itkMorphologicalGradientImageFilter.h"
#include "itkMorphologyImageFilter.h"
#include "itkMovingHistogramDilateImageFilter.h"
#include "itkMovingHistogramErodeImageFilter.h"
#include "itkMovingHistogramMorphologicalGradientImageFilter.h"
#include "itkMultiResolutionPyramidImageFilter.h"
#include "itkMultiplyImageFilter.h"
#include "itkNaryAddImageFilter.h"
#include "itkNaryMaximumImageFilter.h"
#include "itkNeighborhoodConnectedImageFilter.h"
#include "itkNoiseBaseImageFilter.h"
#include "itkNoiseImageFilter.h"
#include "itkNormalizeImageFilter.h"
#include "itkNormalizeToConstantImageFilter.h"
#include "itkNotImageFilter.h"
#include "itkObjectMorphologyImageFilter.h"
#include "itkOpeningByReconstructionImageFilter.h"
#include "itkOrImageFilter.h"
#include "itkOtsuMultipleThresholdsImageFilter.h"
#include "itkOtsuThresholdImageFilter.h"
#include "itkPadImageFilter.h"
#include "itkParallelSparseFieldLevelSetImageFilter.h"
#include "itkPatchBasedDenoisingBaseImageFilter.h"
#include "itkPatchBasedDenoisingImageFilter.h"
#include "itkPermuteAxesImageFilter.h"
#include "itkPowImageFilter.h"
#include "itkReconstructionByDilationImageFilter.h"
#include "itkReconstructionByErosionImageFilter.h"
#include "itkRecursiveGaussianImageFilter.h"
#include "itkRecursiveMultiResolutionPyramidImageFilter.h"
#include "itkRecursiveSeparableImageFilter.h"
#include "itkRegionGrowImageFilter.h"
#include "itkRegionOfInterestImageFilter.h"
#include "itkRegionalMaximaImageFilter.h"
#include "itkRegionalMinimaImageFilter.h"
#include "itkRelabelComponentImageFilter.h"
#include "itkRenyiEntropyThresholdImageFilter.h"
#include "itkRescaleIntensityImageFilter.h"
#include "itkRoundImageFilter.h"
#include "itkSTAPLEImageFilter.h"
#include "itkSaltAndPepperNoiseImageFilter.h"
#include "itkScalarConnectedComponentImageFilter.h"
#include "itkShanbhagThresholdImageFilter.h"
#include "itkShapeRelabelImageFilter.h"
#include "itkShiftScaleImageFilter.h"
#include "itkShotNoiseImageFilter.h"
#include "itkShrinkImageFilter.h"
#include "itkSigmoidImageFilter.h"
#include "itkSignedMaurerDistanceMapImageFilter.h"
#include "itkSimilarityIndexImageFilter.h"
#include "itkSimpleContourExtractorImageFilter.h"
#include "itkSinImageFilter.h"
#include "itkSliceImageFilter.h"
#include "itkSmoothingRecursiveGaussianImageFilter.h"
#include "itkSobelEdgeDetectionImageFilter.h"
#include "itkSparseFieldFourthOrderLevelSetImageFilter.h"
#include "itkSparseFieldLevelSetImageFilter.h"
#include "itkSpeckleNoiseImageFilter.h"
#include "itkSqrtImageFilter.h"
#include "itkSquareImageFilter.h"
#include "itkSquaredDifferenceImageFilter.h"
#include "itkStatisticsImageFilter.h"
#include "itkStatisticsRelabelImageFilter.h"
#include "itkStreamingImageFilter.h"
#include "itkSubtractImageFilter.h"
#include "itkSumProjectionImageFilter.h"
#include "itkTanImageFilter.h"
#include "itkTernaryAddImageFilter.h"
#include "itkTernaryGeneratorImageFilter.h"
#include "itkTernaryMagnitudeImageFilter.h"
#include "itkTernaryMagnitudeSquaredImageFilter.h"
#include "itkThresholdImageFilter.h"
#include "itkThresholdLabelerImageFilter.h"
#include "itkThresholdMaximumConnectedComponentsImageFilter.h"
#include "itkTileImageFilter.h"
#include "itkTriangleThresholdImageFilter.h"
#include "itkUnaryGeneratorImageFilter.h"
#include "itkUnsharpMaskLevelSetImageFilter.h"
#include "itkValuedRegionalMaximaImageFilter.h"
#include "itkValuedRegionalMinimaImageFilter.h"
#include "itkVanHerkGilWermanDilateImageFilter.h"
#include "itkVanHerkGilWermanErodeImageFilter.h"
#include "itkVoronoiPartitioningImageFilter.h"
#include "itkVotingBinaryHoleFillingImageFilter.h"
#include "itkVotingBinaryImageFilter.h"
#include "itkVotingBinaryIterativeHoleFillingImageFilter.h"
#include "itkWatershedImageFilter.h"
#include "itkWeightedAddImageFilter.h"
#include "itkWhiteTopHatImageFilter.h"
#include "itkWrapPadImageFilter.h"
#include "itkXorImageFilter.h"
#include "itkYenThresholdImageFilter.h"
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
%import "itkTransform.h"
%import "itkMatrixOffsetTransformBase.h"
%import "itkAffineTransform.h"
%import "itkTranslationTransform.h"
%import "itkEuler2DTransform.h"
%import "itkInterpolateImageFunction.h"
%import "itkLinearInterpolateImageFunction.h"
%import "itkNearestNeighborInterpolateImageFunction.h"
%import "itkFiniteDifferenceFunction.h"
%import "itkLevelSetFunction.h"
%import "itkHistogram.h"
%import "itkHistogramThresholdCalculator.h"
%import "itkOtsuThresholdCalculator.h"
%import "itkPath.h"
%import "itkParametricPath.h"
%import "itkPolyLineParametricPath.h"
%import "itkMinimumMaximumImageCalculator.h"
%import "itkResampleImageFilter.h"
%include "itkCatalogueSupport.h"
%import "itkAbsImageFilter.h"
%import "itkAbsoluteValueDifferenceImageFilter.h"
%import "itkAccumulateImageFilter.h"
%import "itkAcosImageFilter.h"
%import "itkAddImageFilter.h"
%import "itkAdditiveGaussianNoiseImageFilter.h"
%import "itkAnchorCloseImageFilter.h"
%import "itkAnchorDilateImageFilter.h"
%import "itkAnchorErodeImageFilter.h"
%import "itkAnchorOpenImageFilter.h"
%import "itkAndImageFilter.h"
%import "itkAnisotropicDiffusionImageFilter.h"
%import "itkAnisotropicFourthOrderLevelSetImageFilter.h"
%import "itkAntiAliasBinaryImageFilter.h"
%import "itkApproximateSignedDistanceMapImageFilter.h"
%import "itkAsinImageFilter.h"
%import "itkAtan2ImageFilter.h"
%import "itkAtanImageFilter.h"
%import "itkBSplineDecompositionImageFilter.h"
%import "itkBasicDilateImageFilter.h"
%import "itkBasicErodeImageFilter.h"
%import "itkBilateralImageFilter.h"
%import "itkBinShrinkImageFilter.h"
%import "itkBinaryClosingByReconstructionImageFilter.h"
%import "itkBinaryContourImageFilter.h"
%import "itkBinaryDilateImageFilter.h"
%import "itkBinaryErodeImageFilter.h"
%import "itkBinaryFillholeImageFilter.h"
%import "itkBinaryGeneratorImageFilter.h"
%import "itkBinaryGrindPeakImageFilter.h"
%import "itkBinaryMagnitudeImageFilter.h"
%import "itkBinaryMedianImageFilter.h"
%import "itkBinaryMinMaxCurvatureFlowImageFilter.h"
%import "itkBinaryMorphologicalClosingImageFilter.h"
%import "itkBinaryMorphologicalOpeningImageFilter.h"
%import "itkBinaryMorphologyImageFilter.h"
%import "itkBinaryNotImageFilter.h"
%import "itkBinaryOpeningByReconstructionImageFilter.h"
%import "itkBinaryProjectionImageFilter.h"
%import "itkBinaryPruningImageFilter.h"
%import "itkBinaryReconstructionByDilationImageFilter.h"
%import "itkBinaryReconstructionByErosionImageFilter.h"
%import "itkBinaryShapeKeepNObjectsImageFilter.h"
%import "itkBinaryShapeOpeningImageFilter.h"
%import "itkBinaryStatisticsKeepNObjectsImageFilter.h"
%import "itkBinaryStatisticsOpeningImageFilter.h"
%import "itkBinaryThinningImageFilter.h"
%import "itkBinaryThresholdImageFilter.h"
%import "itkBinaryThresholdProjectionImageFilter.h"
%import "itkBinomialBlurImageFilter.h"
%import "itkBlackTopHatImageFilter.h"
%import "itkBoundedReciprocalImageFilter.h"
%import "itkBoxImageFilter.h"
%import "itkBoxMeanImageFilter.h"
%import "itkBoxSigmaImageFilter.h"
%import "itkCannyEdgeDetectionImageFilter.h"
%import "itkCastImageFilter.h"
%import "itkChangeInformationImageFilter.h"
%import "itkChangeLabelImageFilter.h"
%import "itkCheckerBoardImageFilter.h"
%import "itkClampImageFilter.h"
%import "itkClosingByReconstructionImageFilter.h"
%import "itkCollidingFrontsImageFilter.h"
%import "itkConfidenceConnectedImageFilter.h"
%import "itkConnectedComponentImageFilter.h"
%import "itkConnectedThresholdImageFilter.h"
%import "itkConstantPadImageFilter.h"
%import "itkConstrainedValueAdditionImageFilter.h"
%import "itkConstrainedValueDifferenceImageFilter.h"
%import "itkContourDirectedMeanDistanceImageFilter.h"
%import "itkContourExtractor2DImageFilter.h"
%import "itkContourMeanDistanceImageFilter.h"
%import "itkCosImageFilter.h"
%import "itkCropImageFilter.h"
%import "itkCurvatureAnisotropicDiffusionImageFilter.h"
%import "itkCurvatureFlowImageFilter.h"
%import "itkCyclicShiftImageFilter.h"
%import "itkDenseFiniteDifferenceImageFilter.h"
%import "itkDerivativeImageFilter.h"
%import "itkDilateObjectMorphologyImageFilter.h"
%import "itkDirectedHausdorffDistanceImageFilter.h"
%import "itkDiscreteGaussianDerivativeImageFilter.h"
%import "itkDiscreteGaussianImageFilter.h"
%import "itkDivideImageFilter.h"
%import "itkDivideOrZeroOutImageFilter.h"
%import "itkDoubleThresholdImageFilter.h"
%import "itkErodeObjectMorphologyImageFilter.h"
%import "itkExpImageFilter.h"
%import "itkExpNegativeImageFilter.h"
%import "itkExpandImageFilter.h"
%import "itkExtractImageFilter.h"
%import "itkExtractOrthogonalSwath2DImageFilter.h"
%import "itkFastApproximateRankImageFilter.h"
%import "itkFastChamferDistanceImageFilter.h"
%import "itkFastIncrementalBinaryDilateImageFilter.h"
%import "itkFiniteDifferenceImageFilter.h"
%import "itkFlipImageFilter.h"
%import "itkFullToHalfHermitianImageFilter.h"
%import "itkGetAverageSliceImageFilter.h"
%import "itkGradientAnisotropicDiffusionImageFilter.h"
%import "itkGradientMagnitudeImageFilter.h"
%import "itkGradientMagnitudeRecursiveGaussianImageFilter.h"
%import "itkGrayscaleConnectedClosingImageFilter.h"
%import "itkGrayscaleConnectedOpeningImageFilter.h"
%import "itkGrayscaleDilateImageFilter.h"
%import "itkGrayscaleErodeImageFilter.h"
%import "itkGrayscaleFillholeImageFilter.h"
%import "itkGrayscaleFunctionDilateImageFilter.h"
%import "itkGrayscaleFunctionErodeImageFilter.h"
%import "itkGrayscaleGeodesicDilateImageFilter.h"
%import "itkGrayscaleGeodesicErodeImageFilter.h"
%import "itkGrayscaleGrindPeakImageFilter.h"
%import "itkGrayscaleMorphologicalClosingImageFilter.h"
%import "itkGrayscaleMorphologicalOpeningImageFilter.h"
%import "itkHConcaveImageFilter.h"
%import "itkHConvexImageFilter.h"
%import "itkHMaximaImageFilter.h"
%import "itkHMinimaImageFilter.h"
%import "itkHardConnectedComponentImageFilter.h"
%import "itkHausdorffDistanceImageFilter.h"
%import "itkHistogramThresholdImageFilter.h"
%import "itkHuangThresholdImageFilter.h"
%import "itkImageToImageFilter.h"
%import "itkInPlaceImageFilter.h"
%import "itkIntensityWindowingImageFilter.h"
%import "itkIntermodesThresholdImageFilter.h"
%import "itkInterpolateImageFilter.h"
%import "itkInvertIntensityImageFilter.h"
%import "itkIsoContourDistanceImageFilter.h"
%import "itkIsoDataThresholdImageFilter.h"
%import "itkIsolatedConnectedImageFilter.h"
%import "itkIsolatedWatershedImageFilter.h"
%import "itkIsotropicFourthOrderLevelSetImageFilter.h"
%import "itkJoinImageFilter.h"
%import "itkKittlerIllingworthThresholdImageFilter.h"
%import "itkLabelContourImageFilter.h"
%import "itkLabelShapeKeepNObjectsImageFilter.h"
%import "itkLabelShapeOpeningImageFilter.h"
%import "itkLabelStatisticsKeepNObjectsImageFilter.h"
%import "itkLabelStatisticsOpeningImageFilter.h"
%import "itkLabelVotingImageFilter.h"
%import "itkLaplacianImageFilter.h"
%import "itkLaplacianRecursiveGaussianImageFilter.h"
%import "itkLaplacianSharpeningImageFilter.h"
%import "itkLiThresholdImageFilter.h"
%import "itkLog10ImageFilter.h"
%import "itkLogImageFilter.h"
%import "itkMaskImageFilter.h"
%import "itkMaskNegatedImageFilter.h"
%import "itkMaximumEntropyThresholdImageFilter.h"
%import "itkMaximumImageFilter.h"
%import "itkMaximumProjectionImageFilter.h"
%import "itkMeanImageFilter.h"
%import "itkMedianImageFilter.h"
%import "itkMedianProjectionImageFilter.h"
%import "itkMinMaxCurvatureFlowImageFilter.h"
%import "itkMinimumImageFilter.h"
%import "itkMinimumMaximumImageFilter.h"
%import "itkMinimumProjectionImageFilter.h"
%import "itkMirrorPadImageFilter.h"
%import "itkMomentsThresholdImageFilter.h"
%import "itkMorphologicalGradientImageFilter.h"
%import "itkMorphologyImageFilter.h"
%import "itkMovingHistogramDilateImageFilter.h"
%import "itkMovingHistogramErodeImageFilter.h"
%import "itkMovingHistogramMorphologicalGradientImageFilter.h"
%import "itkMultiResolutionPyramidImageFilter.h"
%import "itkMultiplyImageFilter.h"
%import "itkNaryAddImageFilter.h"
%import "itkNaryMaximumImageFilter.h"
%import "itkNeighborhoodConnectedImageFilter.h"
%import "itkNoiseBaseImageFilter.h"
%import "itkNoiseImageFilter.h"
%import "itkNormalizeImageFilter.h"
%import "itkNormalizeToConstantImageFilter.h"
%import "itkNotImageFilter.h"
%import "itkObjectMorphologyImageFilter.h"
%import "itkOpeningByReconstructionImageFilter.h"
%import "itkOrImageFilter.h"
%import "itkOtsuMultipleThresholdsImageFilter.h"
%import "itkOtsuThresholdImageFilter.h"
%import "itkPadImageFilter.h"
%import "itkParallelSparseFieldLevelSetImageFilter.h"
%import "itkPatchBasedDenoisingBaseImageFilter.h"
%import "itkPatchBasedDenoisingImageFilter.h"
%import "itkPermuteAxesImageFilter.h"
%import "itkPowImageFilter.h"
%import "itkReconstructionByDilationImageFilter.h"
%import "itkReconstructionByErosionImageFilter.h"
%import "itkRecursiveGaussianImageFilter.h"
%import "itkRecursiveMultiResolutionPyramidImageFilter.h"
%import "itkRecursiveSeparableImageFilter.h"
%import "itkRegionGrowImageFilter.h"
%import "itkRegionOfInterestImageFilter.h"
%import "itkRegionalMaximaImageFilter.h"
%import "itkRegionalMinimaImageFilter.h"
%import "itkRelabelComponentImageFilter.h"
%import "itkRenyiEntropyThresholdImageFilter.h"
%import "itkRescaleIntensityImageFilter.h"
%import "itkRoundImageFilter.h"
%import "itkSTAPLEImageFilter.h"
%import "itkSaltAndPepperNoiseImageFilter.h"
%import "itkScalarConnectedComponentImageFilter.h"
%import "itkShanbhagThresholdImageFilter.h"
%import "itkShapeRelabelImageFilter.h"
%import "itkShiftScaleImageFilter.h"
%import "itkShotNoiseImageFilter.h"
%import "itkShrinkImageFilter.h"
%import "itkSigmoidImageFilter.h"
%import "itkSignedMaurerDistanceMapImageFilter.h"
%import "itkSimilarityIndexImageFilter.h"
%import "itkSimpleContourExtractorImageFilter.h"
%import "itkSinImageFilter.h"
%import "itkSliceImageFilter.h"
%import "itkSmoothingRecursiveGaussianImageFilter.h"
%import "itkSobelEdgeDetectionImageFilter.h"
%import "itkSparseFieldFourthOrderLevelSetImageFilter.h"
%import "itkSparseFieldLevelSetImageFilter.h"
%import "itkSpeckleNoiseImageFilter.h"
%import "itkSqrtImageFilter.h"
%import "itkSquareImageFilter.h"
%import "itkSquaredDifferenceImageFilter.h"
%import "itkStatisticsImageFilter.h"
%import "itkStatisticsRelabelImageFilter.h"
%import "itkStreamingImageFilter.h"
%import "itkSubtractImageFilter.h"
%import "itkSumProjectionImageFilter.h"
%import "itkTanImageFilter.h"
%import "itkTernaryAddImageFilter.h"
%import "itkTernaryGeneratorImageFilter.h"
%import "itkTernaryMagnitudeImageFilter.h"
%import "itkTernaryMagnitudeSquaredImageFilter.h"
%import "itkThresholdImageFilter.h"
%import "itkThresholdLabelerImageFilter.h"
%import "itkThresholdMaximumConnectedComponentsImageFilter.h"
%import "itkTileImageFilter.h"
%import "itkTriangleThresholdImageFilter.h"
%import "itkUnaryGeneratorImageFilter.h"
%import "itkUnsharpMaskLevelSetImageFilter.h"
%import "itkValuedRegionalMaximaImageFilter.h"
%import "itkValuedRegionalMinimaImageFilter.h"
%import "itkVanHerkGilWermanDilateImageFilter.h"
%import "itkVanHerkGilWermanErodeImageFilter.h"
%import "itkVoronoiPartitioningImageFilter.h"
%import "itkVotingBinaryHoleFillingImageFilter.h"
%import "itkVotingBinaryImageFilter.h"
%import "itkVotingBinaryIterativeHoleFillingImageFilter.h"
%import "itkWatershedImageFilter.h"
%import "itkWeightedAddImageFilter.h"
%import "itkWhiteTopHatImageFilter.h"
%import "itkWrapPadImageFilter.h"
%import "itkXorImageFilter.h"
%import "itkYenThresholdImageFilter.h"
%import "itkZeroCrossingBasedEdgeDetectionImageFilter.h"
%import "itkZeroCrossingImageFilter.h"
%import "itkZeroFluxNeumannPadImageFilter.h"
%import "itkImageFileReader.h"
%import "itkImageFileWriter.h"

%template(ImageF2) itk::Image<float, 2>;
%template(ImageUC2) itk::Image<unsigned char, 2>;
%template(ImageUL2) itk::Image<unsigned long, 2>;
// JoinImageFilter's output: two floats a pixel.
%template(ImageVF2) itk::Image<itk::Vector<float, 2>, 2>;
// Inputs written for the C++ reference program, and every kind of output read back to compare with it.
%template(ImageFileReaderF2) itk::ImageFileReader<itk::Image<float, 2>>;
%template(ImageFileWriterF2) itk::ImageFileWriter<itk::Image<float, 2>>;
%template(ImageFileReaderUC2) itk::ImageFileReader<itk::Image<unsigned char, 2>>;
%template(ImageFileWriterUC2) itk::ImageFileWriter<itk::Image<unsigned char, 2>>;
%template(ImageFileReaderUL2) itk::ImageFileReader<itk::Image<unsigned long, 2>>;
%template(ImageFileReaderVF2) itk::ImageFileReader<itk::Image<itk::Vector<float, 2>, 2>>;

%template(AbsImageFilterF2) itk::AbsImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(AbsoluteValueDifferenceImageFilterF2) itk::AbsoluteValueDifferenceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(AccumulateImageFilterF2) itk::AccumulateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(AcosImageFilterF2) itk::AcosImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(AddImageFilterF2) itk::AddImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(AdditiveGaussianNoiseImageFilterF2) itk::AdditiveGaussianNoiseImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(AnchorCloseImageFilterF2) itk::AnchorCloseImageFilter<itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(AnchorDilateImageFilterF2) itk::AnchorDilateImageFilter<itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(AnchorErodeImageFilterF2) itk::AnchorErodeImageFilter<itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(AnchorOpenImageFilterF2) itk::AnchorOpenImageFilter<itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(AnisotropicDiffusionImageFilterF2) itk::AnisotropicDiffusionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(AnisotropicFourthOrderLevelSetImageFilterF2) itk::AnisotropicFourthOrderLevelSetImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(AntiAliasBinaryImageFilterF2) itk::AntiAliasBinaryImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ApproximateSignedDistanceMapImageFilterF2) itk::ApproximateSignedDistanceMapImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(AsinImageFilterF2) itk::AsinImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(Atan2ImageFilterF2) itk::Atan2ImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(AtanImageFilterF2) itk::AtanImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BSplineDecompositionImageFilterF2) itk::BSplineDecompositionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BasicDilateImageFilterF2) itk::BasicDilateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(BasicErodeImageFilterF2) itk::BasicErodeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(BilateralImageFilterF2) itk::BilateralImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinShrinkImageFilterF2) itk::BinShrinkImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryClosingByReconstructionImageFilterF2) itk::BinaryClosingByReconstructionImageFilter<itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryContourImageFilterF2) itk::BinaryContourImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryDilateImageFilterF2) itk::BinaryDilateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryErodeImageFilterF2) itk::BinaryErodeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryFillholeImageFilterF2) itk::BinaryFillholeImageFilter<itk::Image<float, 2>>;
%template(BinaryGeneratorImageFilterF2) itk::BinaryGeneratorImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryGrindPeakImageFilterF2) itk::BinaryGrindPeakImageFilter<itk::Image<float, 2>>;
%template(BinaryMagnitudeImageFilterF2) itk::BinaryMagnitudeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryMedianImageFilterF2) itk::BinaryMedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryMinMaxCurvatureFlowImageFilterF2) itk::BinaryMinMaxCurvatureFlowImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryMorphologicalClosingImageFilterF2) itk::BinaryMorphologicalClosingImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryMorphologicalOpeningImageFilterF2) itk::BinaryMorphologicalOpeningImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryMorphologyImageFilterF2) itk::BinaryMorphologyImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryNotImageFilterF2) itk::BinaryNotImageFilter<itk::Image<float, 2>>;
%template(BinaryOpeningByReconstructionImageFilterF2) itk::BinaryOpeningByReconstructionImageFilter<itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryProjectionImageFilterF2) itk::BinaryProjectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryPruningImageFilterF2) itk::BinaryPruningImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryReconstructionByDilationImageFilterF2) itk::BinaryReconstructionByDilationImageFilter<itk::Image<float, 2>>;
%template(BinaryReconstructionByErosionImageFilterF2) itk::BinaryReconstructionByErosionImageFilter<itk::Image<float, 2>>;
%template(BinaryShapeKeepNObjectsImageFilterF2) itk::BinaryShapeKeepNObjectsImageFilter<itk::Image<float, 2>>;
%template(BinaryShapeOpeningImageFilterF2) itk::BinaryShapeOpeningImageFilter<itk::Image<float, 2>>;
%template(BinaryStatisticsKeepNObjectsImageFilterF2) itk::BinaryStatisticsKeepNObjectsImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryStatisticsOpeningImageFilterF2) itk::BinaryStatisticsOpeningImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryThinningImageFilterF2) itk::BinaryThinningImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryThresholdImageFilterF2) itk::BinaryThresholdImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinaryThresholdProjectionImageFilterF2) itk::BinaryThresholdProjectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BinomialBlurImageFilterF2) itk::BinomialBlurImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BlackTopHatImageFilterF2) itk::BlackTopHatImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(BoundedReciprocalImageFilterF2) itk::BoundedReciprocalImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BoxImageFilterF2) itk::BoxImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BoxMeanImageFilterF2) itk::BoxMeanImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(BoxSigmaImageFilterF2) itk::BoxSigmaImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CannyEdgeDetectionImageFilterF2) itk::CannyEdgeDetectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CastImageFilterF2) itk::CastImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ChangeInformationImageFilterF2) itk::ChangeInformationImageFilter<itk::Image<float, 2>>;
%template(ChangeLabelImageFilterF2) itk::ChangeLabelImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CheckerBoardImageFilterF2) itk::CheckerBoardImageFilter<itk::Image<float, 2>>;
%template(ClampImageFilterF2) itk::ClampImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ClosingByReconstructionImageFilterF2) itk::ClosingByReconstructionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(CollidingFrontsImageFilterF2) itk::CollidingFrontsImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ConfidenceConnectedImageFilterF2) itk::ConfidenceConnectedImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ConnectedThresholdImageFilterF2) itk::ConnectedThresholdImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ConstantPadImageFilterF2) itk::ConstantPadImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ConstrainedValueAdditionImageFilterF2) itk::ConstrainedValueAdditionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ConstrainedValueDifferenceImageFilterF2) itk::ConstrainedValueDifferenceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ContourDirectedMeanDistanceImageFilterF2) itk::ContourDirectedMeanDistanceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ContourExtractor2DImageFilterF2) itk::ContourExtractor2DImageFilter<itk::Image<float, 2>>;
%template(ContourMeanDistanceImageFilterF2) itk::ContourMeanDistanceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CosImageFilterF2) itk::CosImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CropImageFilterF2) itk::CropImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CurvatureAnisotropicDiffusionImageFilterF2) itk::CurvatureAnisotropicDiffusionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CurvatureFlowImageFilterF2) itk::CurvatureFlowImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(CyclicShiftImageFilterF2) itk::CyclicShiftImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DenseFiniteDifferenceImageFilterF2) itk::DenseFiniteDifferenceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DerivativeImageFilterF2) itk::DerivativeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DilateObjectMorphologyImageFilterF2) itk::DilateObjectMorphologyImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(DirectedHausdorffDistanceImageFilterF2) itk::DirectedHausdorffDistanceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DiscreteGaussianDerivativeImageFilterF2) itk::DiscreteGaussianDerivativeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DiscreteGaussianImageFilterF2) itk::DiscreteGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DivideImageFilterF2) itk::DivideImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DivideOrZeroOutImageFilterF2) itk::DivideOrZeroOutImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(DoubleThresholdImageFilterF2) itk::DoubleThresholdImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ErodeObjectMorphologyImageFilterF2) itk::ErodeObjectMorphologyImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(ExpImageFilterF2) itk::ExpImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ExpNegativeImageFilterF2) itk::ExpNegativeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ExpandImageFilterF2) itk::ExpandImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ExtractImageFilterF2) itk::ExtractImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ExtractOrthogonalSwath2DImageFilterF2) itk::ExtractOrthogonalSwath2DImageFilter<itk::Image<float, 2>>;
%template(FastApproximateRankImageFilterF2) itk::FastApproximateRankImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(FastChamferDistanceImageFilterF2) itk::FastChamferDistanceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(FastIncrementalBinaryDilateImageFilterF2) itk::FastIncrementalBinaryDilateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(FiniteDifferenceImageFilterF2) itk::FiniteDifferenceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(FlipImageFilterF2) itk::FlipImageFilter<itk::Image<float, 2>>;
%template(FullToHalfHermitianImageFilterF2) itk::FullToHalfHermitianImageFilter<itk::Image<float, 2>>;
%template(GetAverageSliceImageFilterF2) itk::GetAverageSliceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GradientAnisotropicDiffusionImageFilterF2) itk::GradientAnisotropicDiffusionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GradientMagnitudeImageFilterF2) itk::GradientMagnitudeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GradientMagnitudeRecursiveGaussianImageFilterF2) itk::GradientMagnitudeRecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GrayscaleConnectedClosingImageFilterF2) itk::GrayscaleConnectedClosingImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GrayscaleConnectedOpeningImageFilterF2) itk::GrayscaleConnectedOpeningImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GrayscaleDilateImageFilterF2) itk::GrayscaleDilateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(GrayscaleErodeImageFilterF2) itk::GrayscaleErodeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(GrayscaleFillholeImageFilterF2) itk::GrayscaleFillholeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GrayscaleFunctionDilateImageFilterF2) itk::GrayscaleFunctionDilateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(GrayscaleFunctionErodeImageFilterF2) itk::GrayscaleFunctionErodeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(GrayscaleGeodesicDilateImageFilterF2) itk::GrayscaleGeodesicDilateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GrayscaleGeodesicErodeImageFilterF2) itk::GrayscaleGeodesicErodeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GrayscaleGrindPeakImageFilterF2) itk::GrayscaleGrindPeakImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(GrayscaleMorphologicalClosingImageFilterF2) itk::GrayscaleMorphologicalClosingImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(GrayscaleMorphologicalOpeningImageFilterF2) itk::GrayscaleMorphologicalOpeningImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(HConcaveImageFilterF2) itk::HConcaveImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(HConvexImageFilterF2) itk::HConvexImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(HMaximaImageFilterF2) itk::HMaximaImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(HMinimaImageFilterF2) itk::HMinimaImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(HardConnectedComponentImageFilterF2) itk::HardConnectedComponentImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(HausdorffDistanceImageFilterF2) itk::HausdorffDistanceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(HistogramThresholdImageFilterF2UC2) itk::HistogramThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(HuangThresholdImageFilterF2UC2) itk::HuangThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(ImageToImageFilterF2) itk::ImageToImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(InPlaceImageFilterF2) itk::InPlaceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(IntensityWindowingImageFilterF2) itk::IntensityWindowingImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(IntermodesThresholdImageFilterF2UC2) itk::IntermodesThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(InterpolateImageFilterF2) itk::InterpolateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(InvertIntensityImageFilterF2) itk::InvertIntensityImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(IsoContourDistanceImageFilterF2) itk::IsoContourDistanceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(IsoDataThresholdImageFilterF2UC2) itk::IsoDataThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(IsolatedConnectedImageFilterF2) itk::IsolatedConnectedImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(IsolatedWatershedImageFilterF2) itk::IsolatedWatershedImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(IsotropicFourthOrderLevelSetImageFilterF2) itk::IsotropicFourthOrderLevelSetImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(JoinImageFilterF2) itk::JoinImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(KittlerIllingworthThresholdImageFilterF2UC2) itk::KittlerIllingworthThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(LabelContourImageFilterF2) itk::LabelContourImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(LabelShapeKeepNObjectsImageFilterF2) itk::LabelShapeKeepNObjectsImageFilter<itk::Image<float, 2>>;
%template(LabelShapeOpeningImageFilterF2) itk::LabelShapeOpeningImageFilter<itk::Image<float, 2>>;
%template(LabelStatisticsKeepNObjectsImageFilterF2) itk::LabelStatisticsKeepNObjectsImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(LabelStatisticsOpeningImageFilterF2) itk::LabelStatisticsOpeningImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(LaplacianImageFilterF2) itk::LaplacianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(LaplacianRecursiveGaussianImageFilterF2) itk::LaplacianRecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(LaplacianSharpeningImageFilterF2) itk::LaplacianSharpeningImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(LiThresholdImageFilterF2UC2) itk::LiThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(Log10ImageFilterF2) itk::Log10ImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(LogImageFilterF2) itk::LogImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MaskImageFilterF2) itk::MaskImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<float, 2>>;
%template(MaskNegatedImageFilterF2) itk::MaskNegatedImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<float, 2>>;
%template(MaximumEntropyThresholdImageFilterF2UC2) itk::MaximumEntropyThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(MaximumImageFilterF2) itk::MaximumImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MaximumProjectionImageFilterF2) itk::MaximumProjectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MeanImageFilterF2) itk::MeanImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MedianProjectionImageFilterF2) itk::MedianProjectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MinMaxCurvatureFlowImageFilterF2) itk::MinMaxCurvatureFlowImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MinimumImageFilterF2) itk::MinimumImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MinimumMaximumImageFilterF2) itk::MinimumMaximumImageFilter<itk::Image<float, 2>>;
%template(MinimumProjectionImageFilterF2) itk::MinimumProjectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MirrorPadImageFilterF2) itk::MirrorPadImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MomentsThresholdImageFilterF2UC2) itk::MomentsThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(MorphologicalGradientImageFilterF2) itk::MorphologicalGradientImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(MorphologyImageFilterF2) itk::MorphologyImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(MovingHistogramDilateImageFilterF2) itk::MovingHistogramDilateImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(MovingHistogramErodeImageFilterF2) itk::MovingHistogramErodeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(MovingHistogramMorphologicalGradientImageFilterF2) itk::MovingHistogramMorphologicalGradientImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(MultiResolutionPyramidImageFilterF2) itk::MultiResolutionPyramidImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(MultiplyImageFilterF2) itk::MultiplyImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(NaryAddImageFilterF2) itk::NaryAddImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(NaryMaximumImageFilterF2) itk::NaryMaximumImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(NeighborhoodConnectedImageFilterF2) itk::NeighborhoodConnectedImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(NoiseBaseImageFilterF2) itk::NoiseBaseImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(NoiseImageFilterF2) itk::NoiseImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(NormalizeImageFilterF2) itk::NormalizeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(NormalizeToConstantImageFilterF2) itk::NormalizeToConstantImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(NotImageFilterF2) itk::NotImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ObjectMorphologyImageFilterF2) itk::ObjectMorphologyImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(OpeningByReconstructionImageFilterF2) itk::OpeningByReconstructionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(OtsuMultipleThresholdsImageFilterF2) itk::OtsuMultipleThresholdsImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(OtsuThresholdImageFilterF2UC2) itk::OtsuThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(PadImageFilterF2) itk::PadImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ParallelSparseFieldLevelSetImageFilterF2) itk::ParallelSparseFieldLevelSetImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(PatchBasedDenoisingBaseImageFilterF2) itk::PatchBasedDenoisingBaseImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(PatchBasedDenoisingImageFilterF2) itk::PatchBasedDenoisingImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(PermuteAxesImageFilterF2) itk::PermuteAxesImageFilter<itk::Image<float, 2>>;
%template(PowImageFilterF2) itk::PowImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ReconstructionByDilationImageFilterF2) itk::ReconstructionByDilationImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ReconstructionByErosionImageFilterF2) itk::ReconstructionByErosionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RecursiveGaussianImageFilterF2) itk::RecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RecursiveMultiResolutionPyramidImageFilterF2) itk::RecursiveMultiResolutionPyramidImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RecursiveSeparableImageFilterF2) itk::RecursiveSeparableImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RegionGrowImageFilterF2) itk::RegionGrowImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RegionOfInterestImageFilterF2) itk::RegionOfInterestImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RegionalMaximaImageFilterF2) itk::RegionalMaximaImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RegionalMinimaImageFilterF2) itk::RegionalMinimaImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RelabelComponentImageFilterF2) itk::RelabelComponentImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RenyiEntropyThresholdImageFilterF2UC2) itk::RenyiEntropyThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(RescaleIntensityImageFilterF2) itk::RescaleIntensityImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(RoundImageFilterF2) itk::RoundImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(STAPLEImageFilterF2) itk::STAPLEImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SaltAndPepperNoiseImageFilterF2) itk::SaltAndPepperNoiseImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ShanbhagThresholdImageFilterF2UC2) itk::ShanbhagThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(ShapeRelabelImageFilterF2) itk::ShapeRelabelImageFilter<itk::Image<float, 2>>;
%template(ShiftScaleImageFilterF2) itk::ShiftScaleImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ShotNoiseImageFilterF2) itk::ShotNoiseImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ShrinkImageFilterF2) itk::ShrinkImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SigmoidImageFilterF2) itk::SigmoidImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SignedMaurerDistanceMapImageFilterF2) itk::SignedMaurerDistanceMapImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SimilarityIndexImageFilterF2) itk::SimilarityIndexImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SimpleContourExtractorImageFilterF2) itk::SimpleContourExtractorImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SinImageFilterF2) itk::SinImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SliceImageFilterF2) itk::SliceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SmoothingRecursiveGaussianImageFilterF2) itk::SmoothingRecursiveGaussianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SobelEdgeDetectionImageFilterF2) itk::SobelEdgeDetectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SparseFieldFourthOrderLevelSetImageFilterF2) itk::SparseFieldFourthOrderLevelSetImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SparseFieldLevelSetImageFilterF2) itk::SparseFieldLevelSetImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SpeckleNoiseImageFilterF2) itk::SpeckleNoiseImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SqrtImageFilterF2) itk::SqrtImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SquareImageFilterF2) itk::SquareImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SquaredDifferenceImageFilterF2) itk::SquaredDifferenceImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(StatisticsImageFilterF2) itk::StatisticsImageFilter<itk::Image<float, 2>>;
%template(StatisticsRelabelImageFilterF2) itk::StatisticsRelabelImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(StreamingImageFilterF2) itk::StreamingImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SubtractImageFilterF2) itk::SubtractImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(SumProjectionImageFilterF2) itk::SumProjectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(TanImageFilterF2) itk::TanImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(TernaryAddImageFilterF2) itk::TernaryAddImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(TernaryGeneratorImageFilterF2) itk::TernaryGeneratorImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(TernaryMagnitudeImageFilterF2) itk::TernaryMagnitudeImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(TernaryMagnitudeSquaredImageFilterF2) itk::TernaryMagnitudeSquaredImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ThresholdImageFilterF2) itk::ThresholdImageFilter<itk::Image<float, 2>>;
%template(ThresholdLabelerImageFilterF2) itk::ThresholdLabelerImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ThresholdMaximumConnectedComponentsImageFilterF2) itk::ThresholdMaximumConnectedComponentsImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(TileImageFilterF2) itk::TileImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(TriangleThresholdImageFilterF2UC2) itk::TriangleThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(UnaryGeneratorImageFilterF2) itk::UnaryGeneratorImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(UnsharpMaskLevelSetImageFilterF2) itk::UnsharpMaskLevelSetImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ValuedRegionalMaximaImageFilterF2) itk::ValuedRegionalMaximaImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ValuedRegionalMinimaImageFilterF2) itk::ValuedRegionalMinimaImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(VanHerkGilWermanDilateImageFilterF2) itk::VanHerkGilWermanDilateImageFilter<itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(VanHerkGilWermanErodeImageFilterF2) itk::VanHerkGilWermanErodeImageFilter<itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(VoronoiPartitioningImageFilterF2) itk::VoronoiPartitioningImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(VotingBinaryHoleFillingImageFilterF2) itk::VotingBinaryHoleFillingImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(VotingBinaryImageFilterF2) itk::VotingBinaryImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(VotingBinaryIterativeHoleFillingImageFilterF2) itk::VotingBinaryIterativeHoleFillingImageFilter<itk::Image<float, 2>>;
%template(WatershedImageFilterF2) itk::WatershedImageFilter<itk::Image<float, 2>>;
%template(WeightedAddImageFilterF2) itk::WeightedAddImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::Image<float, 2>>;
%template(WhiteTopHatImageFilterF2) itk::WhiteTopHatImageFilter<itk::Image<float, 2>, itk::Image<float, 2>, itk::FlatStructuringElement<2>>;
%template(WrapPadImageFilterF2) itk::WrapPadImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(YenThresholdImageFilterF2UC2) itk::YenThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(ZeroCrossingBasedEdgeDetectionImageFilterF2) itk::ZeroCrossingBasedEdgeDetectionImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ZeroCrossingImageFilterF2) itk::ZeroCrossingImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(ZeroFluxNeumannPadImageFilterF2) itk::ZeroFluxNeumannPadImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;

// Filters of binary and label images, and the integer-only ones, for unsigned char images.
%template(AnchorDilateImageFilterUC2) itk::AnchorDilateImageFilter<itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(AnchorErodeImageFilterUC2) itk::AnchorErodeImageFilter<itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(AndImageFilterUC2) itk::AndImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BasicDilateImageFilterUC2) itk::BasicDilateImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(BasicErodeImageFilterUC2) itk::BasicErodeImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(BinShrinkImageFilterUC2) itk::BinShrinkImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryClosingByReconstructionImageFilterUC2) itk::BinaryClosingByReconstructionImageFilter<itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryContourImageFilterUC2) itk::BinaryContourImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryDilateImageFilterUC2) itk::BinaryDilateImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryErodeImageFilterUC2) itk::BinaryErodeImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryFillholeImageFilterUC2) itk::BinaryFillholeImageFilter<itk::Image<unsigned char, 2>>;
%template(BinaryGrindPeakImageFilterUC2) itk::BinaryGrindPeakImageFilter<itk::Image<unsigned char, 2>>;
%template(BinaryMedianImageFilterUC2) itk::BinaryMedianImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryMorphologicalClosingImageFilterUC2) itk::BinaryMorphologicalClosingImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryMorphologicalOpeningImageFilterUC2) itk::BinaryMorphologicalOpeningImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryNotImageFilterUC2) itk::BinaryNotImageFilter<itk::Image<unsigned char, 2>>;
%template(BinaryOpeningByReconstructionImageFilterUC2) itk::BinaryOpeningByReconstructionImageFilter<itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(BinaryProjectionImageFilterUC2) itk::BinaryProjectionImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryPruningImageFilterUC2) itk::BinaryPruningImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryReconstructionByDilationImageFilterUC2) itk::BinaryReconstructionByDilationImageFilter<itk::Image<unsigned char, 2>>;
%template(BinaryReconstructionByErosionImageFilterUC2) itk::BinaryReconstructionByErosionImageFilter<itk::Image<unsigned char, 2>>;
%template(BinaryShapeKeepNObjectsImageFilterUC2) itk::BinaryShapeKeepNObjectsImageFilter<itk::Image<unsigned char, 2>>;
%template(BinaryShapeOpeningImageFilterUC2) itk::BinaryShapeOpeningImageFilter<itk::Image<unsigned char, 2>>;
%template(BinaryStatisticsKeepNObjectsImageFilterUC2) itk::BinaryStatisticsKeepNObjectsImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryStatisticsOpeningImageFilterUC2) itk::BinaryStatisticsOpeningImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryThinningImageFilterUC2) itk::BinaryThinningImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryThresholdImageFilterUC2) itk::BinaryThresholdImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(BinaryThresholdProjectionImageFilterUC2) itk::BinaryThresholdProjectionImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(ChangeLabelImageFilterUC2) itk::ChangeLabelImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(ConnectedComponentImageFilterUC2) itk::ConnectedComponentImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(DilateObjectMorphologyImageFilterUC2) itk::DilateObjectMorphologyImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(ErodeObjectMorphologyImageFilterUC2) itk::ErodeObjectMorphologyImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(FastApproximateRankImageFilterUC2) itk::FastApproximateRankImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(FastIncrementalBinaryDilateImageFilterUC2) itk::FastIncrementalBinaryDilateImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(FlipImageFilterUC2) itk::FlipImageFilter<itk::Image<unsigned char, 2>>;
%template(GrayscaleConnectedClosingImageFilterUC2) itk::GrayscaleConnectedClosingImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(GrayscaleConnectedOpeningImageFilterUC2) itk::GrayscaleConnectedOpeningImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(GrayscaleDilateImageFilterUC2) itk::GrayscaleDilateImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(GrayscaleErodeImageFilterUC2) itk::GrayscaleErodeImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(GrayscaleFillholeImageFilterUC2) itk::GrayscaleFillholeImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(GrayscaleFunctionDilateImageFilterUC2) itk::GrayscaleFunctionDilateImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(GrayscaleFunctionErodeImageFilterUC2) itk::GrayscaleFunctionErodeImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(GrayscaleGeodesicDilateImageFilterUC2) itk::GrayscaleGeodesicDilateImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(GrayscaleGeodesicErodeImageFilterUC2) itk::GrayscaleGeodesicErodeImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(GrayscaleGrindPeakImageFilterUC2) itk::GrayscaleGrindPeakImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(GrayscaleMorphologicalClosingImageFilterUC2) itk::GrayscaleMorphologicalClosingImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(GrayscaleMorphologicalOpeningImageFilterUC2) itk::GrayscaleMorphologicalOpeningImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(HConcaveImageFilterUC2) itk::HConcaveImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(HConvexImageFilterUC2) itk::HConvexImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(HMaximaImageFilterUC2) itk::HMaximaImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(HMinimaImageFilterUC2) itk::HMinimaImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(LabelContourImageFilterUC2) itk::LabelContourImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(LabelShapeKeepNObjectsImageFilterUC2) itk::LabelShapeKeepNObjectsImageFilter<itk::Image<unsigned char, 2>>;
%template(LabelShapeOpeningImageFilterUC2) itk::LabelShapeOpeningImageFilter<itk::Image<unsigned char, 2>>;
%template(LabelStatisticsKeepNObjectsImageFilterUC2) itk::LabelStatisticsKeepNObjectsImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(LabelStatisticsOpeningImageFilterUC2) itk::LabelStatisticsOpeningImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(LabelVotingImageFilterUC2) itk::LabelVotingImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(MeanImageFilterUC2) itk::MeanImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(MedianImageFilterUC2) itk::MedianImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(MedianProjectionImageFilterUC2) itk::MedianProjectionImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(MorphologicalGradientImageFilterUC2) itk::MorphologicalGradientImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(MovingHistogramDilateImageFilterUC2) itk::MovingHistogramDilateImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(MovingHistogramErodeImageFilterUC2) itk::MovingHistogramErodeImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(MovingHistogramMorphologicalGradientImageFilterUC2) itk::MovingHistogramMorphologicalGradientImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(NotImageFilterUC2) itk::NotImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(OrImageFilterUC2) itk::OrImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(PermuteAxesImageFilterUC2) itk::PermuteAxesImageFilter<itk::Image<unsigned char, 2>>;
%template(RegionalMaximaImageFilterUC2) itk::RegionalMaximaImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(RegionalMinimaImageFilterUC2) itk::RegionalMinimaImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(RelabelComponentImageFilterUC2) itk::RelabelComponentImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(ScalarConnectedComponentImageFilterUC2) itk::ScalarConnectedComponentImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(ShapeRelabelImageFilterUC2) itk::ShapeRelabelImageFilter<itk::Image<unsigned char, 2>>;
%template(ShrinkImageFilterUC2) itk::ShrinkImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(StatisticsRelabelImageFilterUC2) itk::StatisticsRelabelImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(ThresholdImageFilterUC2) itk::ThresholdImageFilter<itk::Image<unsigned char, 2>>;
%template(ValuedRegionalMaximaImageFilterUC2) itk::ValuedRegionalMaximaImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(ValuedRegionalMinimaImageFilterUC2) itk::ValuedRegionalMinimaImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(VanHerkGilWermanDilateImageFilterUC2) itk::VanHerkGilWermanDilateImageFilter<itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(VanHerkGilWermanErodeImageFilterUC2) itk::VanHerkGilWermanErodeImageFilter<itk::Image<unsigned char, 2>, itk::FlatStructuringElement<2>>;
%template(VotingBinaryHoleFillingImageFilterUC2) itk::VotingBinaryHoleFillingImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(VotingBinaryImageFilterUC2) itk::VotingBinaryImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;
%template(VotingBinaryIterativeHoleFillingImageFilterUC2) itk::VotingBinaryIterativeHoleFillingImageFilter<itk::Image<unsigned char, 2>>;
%template(XorImageFilterUC2) itk::XorImageFilter<itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>, itk::Image<unsigned char, 2>>;

// What Resample, Warp and Expand take: transforms and interpolators, as ordinary wrapped classes.
%template(TransformD2) itk::Transform<double, 2, 2>;
%template(MatrixOffsetTransformBaseD2) itk::MatrixOffsetTransformBase<double, 2, 2>;
%template(AffineTransformD2) itk::AffineTransform<double, 2>;
%template(TranslationTransformD2) itk::TranslationTransform<double, 2>;
%template(Euler2DTransformD) itk::Euler2DTransform<double>;
%template(InterpolateImageFunctionF2) itk::InterpolateImageFunction<itk::Image<float, 2>, double>;
%template(LinearInterpolateImageFunctionF2) itk::LinearInterpolateImageFunction<itk::Image<float, 2>, double>;
%template(NearestNeighborInterpolateImageFunctionF2) itk::NearestNeighborInterpolateImageFunction<itk::Image<float, 2>, double>;

%template(ResampleImageFilterF2) itk::ResampleImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;

// What the level-set bases (SparseFieldLevelSet, ParallelSparseFieldLevelSet) run: a difference function.
%template(FiniteDifferenceFunctionF2) itk::FiniteDifferenceFunction<itk::Image<float, 2>>;
%template(LevelSetFunctionF2) itk::LevelSetFunction<itk::Image<float, 2>>;

// HistogramThresholdImageFilter's calculator, and a calculator of an image's extremes (a value result, not a filter).
%template(HistogramD) itk::Statistics::Histogram<double, itk::Statistics::DenseFrequencyContainer2>;
%template(HistogramThresholdCalculatorHDF) itk::HistogramThresholdCalculator<itk::Statistics::Histogram<double, itk::Statistics::DenseFrequencyContainer2>, float>;
%template(OtsuThresholdCalculatorHDF) itk::OtsuThresholdCalculator<itk::Statistics::Histogram<double, itk::Statistics::DenseFrequencyContainer2>, float>;
%template(MinimumMaximumImageCalculatorF2) itk::MinimumMaximumImageCalculator<itk::Image<float, 2>>;

// ExtractOrthogonalSwath2D's path input and ContourExtractor2D's outputs.
%template(PathD2) itk::Path<double, itk::ContinuousIndex<double, 2>, 2>;
%template(ParametricPath2) itk::ParametricPath<2>;
%template(PolyLineParametricPath2) itk::PolyLineParametricPath<2>;

// The kernel of the morphology filters, a value class with its static factories (Ball, Box, Cross, Annulus).
%template(FlatStructuringElement2) itk::FlatStructuringElement<2>;

// The pixel functors the functor filters hold (GetFunctor, SetFunctor): value classes, C# gets and gives copies.
%template(FunctorAdd1F) itk::Functor::Add1<float, float>;
%template(FunctorBinaryNotF) itk::Functor::BinaryNot<float>;
%template(FunctorBinaryNotUC) itk::Functor::BinaryNot<unsigned char>;
%template(FunctorBinaryThresholdF) itk::Functor::BinaryThreshold<float, float>;
%template(FunctorBinaryThresholdUC) itk::Functor::BinaryThreshold<unsigned char, unsigned char>;
%template(FunctorChangeLabelF) itk::Functor::ChangeLabel<float, float>;
%template(FunctorChangeLabelUC) itk::Functor::ChangeLabel<unsigned char, unsigned char>;
%template(FunctorClampF) itk::Functor::Clamp<float, float>;
%template(FunctorExpNegativeF) itk::Functor::ExpNegative<float, float>;
%template(FunctorIntensityLinearTransformF) itk::Functor::IntensityLinearTransform<float, float>;
%template(FunctorIntensityWindowingTransformF) itk::Functor::IntensityWindowingTransform<float, float>;
%template(FunctorInvertIntensityTransformF) itk::Functor::InvertIntensityTransform<float, float>;
%template(FunctorMaximum1F) itk::Functor::Maximum1<float, float>;
%template(FunctorNotF) itk::Functor::NOT<float, float>;
%template(FunctorNotUC) itk::Functor::NOT<unsigned char, unsigned char>;
%template(FunctorSigmoidF) itk::Functor::Sigmoid<float, float>;
%template(FunctorSimilarPixelsFunctorUC) itk::Functor::SimilarPixelsFunctor<unsigned char>;
%template(FunctorThresholdLabelerF) itk::Functor::ThresholdLabeler<float, float>;

// Raw pointers the filters take: one value an image axis (DiscreteGaussian's variance and maximum error).
%apply double INPUT[ImageDimension] { const double * v, const double * spacing, const double * origin };
%apply float INPUT[ImageDimension] { const float * v, const float * spacing, const float * origin };
%apply long INPUT[ImageDimension] { long[] };
%apply unsigned long INPUT[ImageDimension] { const unsigned long[] };

// The NarrowBand level-set family: CreateNarrowBand is public in NarrowBandImageFilterBase and protected in
// NarrowBandLevelSetImageFilter, so the shim calls it through the base where it is public.
%{
#include "itkNarrowBandThresholdSegmentationLevelSetImageFilter.h"
#include "itkNarrowBandCurvesLevelSetImageFilter.h"
%}
%import "itkNarrowBandImageFilterBase.h"
%import "itkNarrowBandLevelSetImageFilter.h"
%import "itkNarrowBandThresholdSegmentationLevelSetImageFilter.h"
%import "itkNarrowBandCurvesLevelSetImageFilter.h"
%template(NarrowBandThresholdSegmentationLevelSetImageFilterF2) itk::NarrowBandThresholdSegmentationLevelSetImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
%template(NarrowBandCurvesLevelSetImageFilterF2) itk::NarrowBandCurvesLevelSetImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>;
