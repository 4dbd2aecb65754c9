// Base of pipeline data (images): remembers which ProcessObject produces it so Update() can pull upstream.
#pragma once

#include "itkObject.h"

namespace itk
{
class ProcessObject;

class ITKBindGenCore_EXPORT DataObject : public Object
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(DataObject);

  using Self = DataObject;
  using Superclass = Object;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  const char * GetNameOfClass() const override;

  // The producing filter, or null. Not owned: a filter detaches itself from its outputs when it dies.
  ProcessObject * GetSource() const { return m_Source; }

  // Brings this data up to date by updating its source, if it has one.
  virtual void Update();
  virtual void UpdateOutputData() { this->Update(); }

  virtual void Initialize();

  // Copies meta data (not pixels) from another data object of a compatible type.
  virtual void CopyInformation(const DataObject *) {}

  // Makes this object share the other's meta data and pixel buffer.
  virtual void Graft(const DataObject *) {}

protected:
  DataObject();
  ~DataObject() override;

private:
  friend class ProcessObject;
  ProcessObject * m_Source{ nullptr };
};
} // namespace itk
