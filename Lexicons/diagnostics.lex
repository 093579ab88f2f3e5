# Diagnostic tests and examinations for bone marrow edema.
#
# Recognised so that they are never taken for causes or treatments ("physical examination" is
# not "physical therapy"; "DEXA scan, to look for osteoporosis" names a test).

concept mri
  name: Magnetic resonance imaging
  role: diagnostic
  category: imaging
  terms: MRI | MRI scan | magnetic resonance imaging | magnetic resonance | MR imaging | MR scan

concept x-ray
  name: X-ray
  role: diagnostic
  category: imaging
  terms: X-ray | radiograph | radiography | plain film | plain radiograph | conventional radiography

concept ct-scan
  name: Computed tomography
  role: diagnostic
  category: imaging
  terms: CT scan | CT | computed tomography | computed tomography scan | CAT scan

concept dual-energy-ct
  name: Dual-energy CT
  role: diagnostic
  category: imaging
  terms: dual-energy CT | dual-energy computed tomography | DECT

concept bone-scintigraphy
  name: Bone scintigraphy
  role: diagnostic
  category: imaging
  terms: bone scintigraphy | bone scan | scintigraphy | skeletal scintigraphy | nuclear bone scan
  terms: three-phase bone scan | SPECT | SPECT-CT

concept pet-scan
  name: PET scan
  role: diagnostic
  category: imaging
  terms: PET scan | PET-CT | positron emission tomography

concept ultrasound
  name: Ultrasound
  role: diagnostic
  category: imaging
  terms: ultrasound | ultrasonography | sonography | ultrasound scan

concept dexa-scan
  name: DEXA scan
  role: diagnostic
  category: imaging
  terms: DEXA scan | DEXA | DXA | DXA scan | dual-energy X-ray absorptiometry
  terms: bone density scan | bone density test | bone mineral density test | bone densitometry

concept imaging-test
  name: Imaging test
  role: diagnostic
  category: imaging
  terms: imaging test | imaging study | medical imaging | diagnostic imaging

concept blood-tests
  name: Blood tests
  role: diagnostic
  category: laboratory
  terms: blood test | blood work | bloodwork | laboratory test | lab test | complete blood count
  terms: CBC | HLA-B27 test

concept inflammatory-markers
  name: Inflammatory markers
  role: diagnostic
  category: laboratory
  terms: inflammatory marker | C-reactive protein | CRP | erythrocyte sedimentation rate | ESR

concept vitamin-d-level
  name: Vitamin D level
  role: diagnostic
  category: laboratory
  terms: vitamin D level | serum vitamin D | 25-hydroxyvitamin D

concept bone-marrow-biopsy
  name: Bone marrow biopsy
  role: diagnostic
  category: laboratory
  terms: bone marrow biopsy | bone biopsy | biopsy | core biopsy | bone marrow aspiration

concept histology
  name: Histology
  role: diagnostic
  category: laboratory
  terms: histology | histological examination | histologic examination | histopathology

concept joint-aspiration
  name: Joint aspiration
  role: diagnostic
  category: laboratory
  terms: joint aspiration | arthrocentesis | synovial fluid analysis

concept physical-examination
  name: Physical examination
  role: diagnostic
  category: clinical
  terms: physical examination | physical exam | clinical examination

concept medical-history
  name: Medical history
  role: diagnostic
  category: clinical
  terms: medical history | patient history | history taking
