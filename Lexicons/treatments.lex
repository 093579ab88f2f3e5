# Treatments and management of bone marrow edema (BME) and its symptoms.
#
# Prior role: treatment. Sources: Baumbach et al. 2020 (interdisciplinary management of BME:
# unloading, analgesia, bisphosphonates, iloprost, ESWT, core decompression); Starr et al. 2008;
# Kon et al. 2016 (subchondroplasty, PRP, cell therapy for bone marrow lesions); Cleveland Clinic
# and Radiopaedia patient and reference pages.
#
# Categories: conservative, pharmacologic, injection, surgical, regenerative, physical, other.
#
# Conventions: drug classes are one concept with their member drugs as terms (nsaids holds
# ibuprofen, bisphosphonate holds zoledronic acid, tnf-inhibitor holds infliximab). Concepts that
# both treat and cause BME, or treat another condition named in BME articles, carry
# `roles: treatment cause`: they are defined here only.

# ---------------------------------------------------------------------------------------------
# Conservative
# ---------------------------------------------------------------------------------------------

concept rest
  name: Rest
  role: treatment
  category: conservative
  terms: rest | relative rest | bed rest | activity modification | activity restriction
  terms: offloading | unloading
  terms: load management | load modification | modified activity | activity reduction | reduced activity

concept protected-weight-bearing
  name: Protected weight bearing
  role: treatment
  category: conservative
  terms: protected weight bearing | partial weight bearing | reduced weight bearing
  terms: non-weight bearing | toe-touch weight bearing | weight-bearing restriction
  terms: crutch | crutches | walking aid
  terms: limited weight bearing | reduction of weight bearing | reduce weight bearing | reducing weight bearing
  terms: restricted weight bearing | reduced weight-bearing activity
  terms: cane | walking stick | walker

concept bracing
  name: Bracing and immobilization
  role: treatment
  category: conservative
  terms: bracing | brace | unloader brace | immobilization | cast immobilization | plaster cast
  terms: knee brace | offloading brace
  terms: splint | splinting
  terms: walking boot | orthosis | orthotic insole | orthotics

concept weight-loss
  name: Weight loss
  role: treatment
  category: conservative
  terms: weight loss | weight reduction | losing weight

concept cryotherapy
  name: Cryotherapy
  role: treatment
  category: conservative
  terms: cryotherapy | ice | icing | ice pack | cold therapy

concept conservative-treatment
  name: Conservative treatment
  role: treatment
  category: conservative
  terms: conservative treatment | conservative management | conservative therapy
  terms: nonsurgical treatment | non-operative treatment | non-operative management
  terms: treated conservatively | managed conservatively | conservative care | conservative measures
  terms: conservative approach | nonoperative treatment

concept treatment-of-underlying-condition
  name: Treatment of the underlying condition
  role: treatment
  category: other
  terms: treating the underlying condition | treatment of the underlying condition
  terms: treat the underlying condition | managing the underlying condition
  terms: management of the underlying condition | treating the underlying cause
  terms: treatment of the underlying cause | treat the underlying cause
  terms: addressing the underlying cause | addressing the underlying condition
  terms: treating the underlying disease | treatment of the underlying disease
  terms: managing the underlying disease | addressing the primary condition
  terms: addressing the primary disease | treating the primary disease
  terms: treating that condition | treat the cause | treating the cause | directed at the underlying cause | treatment of the cause | addressing the underlying cause

# ---------------------------------------------------------------------------------------------
# Physical
# ---------------------------------------------------------------------------------------------

concept physical-therapy
  name: Physical therapy
  role: treatment
  category: physical
  terms: physical therapy | physiotherapy | conditioning exercises | exercise therapy
  terms: therapeutic exercise | strengthening exercises | rehabilitation | rehab
  terms: aquatic therapy | hydrotherapy
  terms: PT | physical therapist
  terms: exercise program | exercise programme | exercise routine | exercise regimen

concept extracorporeal-shock-wave-therapy
  name: Extracorporeal shock wave therapy
  role: treatment
  category: physical
  terms: extracorporeal shock wave therapy | extracorporeal shockwave therapy | ESWT
  terms: shock wave therapy | shockwave therapy | shock wave treatment | shockwave treatment

concept pulsed-electromagnetic-field-therapy
  name: Pulsed electromagnetic field therapy
  role: treatment
  category: physical
  terms: pulsed electromagnetic field therapy | pulsed electromagnetic field | PEMF
  terms: electromagnetic field therapy | electromagnetic stimulation

concept hyperbaric-oxygen-therapy
  name: Hyperbaric oxygen therapy
  role: treatment
  category: other
  terms: hyperbaric oxygen therapy | hyperbaric oxygen | hyperbaric oxygenation | HBOT | HBO therapy

# ---------------------------------------------------------------------------------------------
# Pharmacologic
# ---------------------------------------------------------------------------------------------

concept nsaids
  name: NSAIDs
  role: treatment
  category: pharmacologic
  terms: NSAIDs
  terms: nonsteroidal anti-inflammatory drug | nonsteroidal anti-inflammatory medication
  terms: nonsteroidal anti-inflammatory agent | nonsteroidal anti-inflammatory medicine
  terms: non-steroidal anti-inflammatory drug | non-steroidal anti-inflammatory medication
  terms: non-steroidal anti-inflammatory agent | non-steroidal anti-inflammatory medicine
  terms: nonsteroidal anti-inflammatories | non-steroidal anti-inflammatories
  terms: anti-inflammatory drug | anti-inflammatory medication | anti-inflammatories
  terms: ibuprofen | naproxen | diclofenac | celecoxib | COX-2 inhibitor

concept analgesics
  name: Analgesics
  role: treatment
  category: pharmacologic
  terms: analgesic | pain reliever | pain medication | painkiller | pain killer
  terms: acetaminophen | paracetamol | opioid | tramadol

concept bisphosphonate
  name: Bisphosphonates
  role: treatment
  category: pharmacologic
  terms: bisphosphonate | zoledronic acid | zoledronate | alendronate | alendronic acid
  terms: neridronate | neridronic acid | pamidronate | clodronate | ibandronate | ibandronic acid
  terms: risedronate

concept prostacyclin-analog
  name: Prostacyclin analog
  role: treatment
  category: pharmacologic
  terms: prostacyclin analog | prostacyclin | prostaglandin I2 | PGI2 | iloprost
  terms: prostacycline | prostacyclin analogue | Ilomedin | epoprostenol

concept calcitonin
  name: Calcitonin
  role: treatment
  category: pharmacologic
  terms: calcitonin | salmon calcitonin

concept parathyroid-hormone
  name: Parathyroid hormone
  role: treatment
  category: pharmacologic
  terms: parathyroid hormone | teriparatide | PTH | parathyroid hormone analog | abaloparatide

concept denosumab
  name: Denosumab
  role: treatment
  category: pharmacologic
  terms: denosumab

concept vitamin-d-supplementation
  name: Vitamin D supplementation
  role: treatment
  category: pharmacologic
  terms: vitamin D supplementation | vitamin D supplement | vitamin D replacement
  terms: vitamin D therapy | vitamin D | vitamin D3 | cholecalciferol

concept calcium-supplementation
  name: Calcium supplementation
  role: treatment
  category: pharmacologic
  terms: calcium supplementation | calcium supplement

concept tnf-inhibitor
  name: TNF inhibitor
  role: treatment
  category: pharmacologic
  terms: TNF inhibitor | TNF-alpha inhibitor | TNF blocker | anti-TNF
  terms: tumor necrosis factor inhibitor | tumor necrosis factor alpha inhibitor
  terms: anti-tumor necrosis factor | infliximab | adalimumab | etanercept | certolizumab
  terms: golimumab

concept dmards
  name: DMARDs
  role: treatment
  category: pharmacologic
  terms: DMARDs | disease-modifying antirheumatic drug | disease-modifying anti-rheumatic drug
  terms: methotrexate | sulfasalazine | hydroxychloroquine | leflunomide

concept anticoagulant-therapy
  name: Anticoagulant therapy
  role: treatment
  category: pharmacologic
  # enoxaparin in thrombophilia-associated osteonecrosis and BME
  terms: anticoagulant therapy | anticoagulation | low-molecular-weight heparin | LMWH | enoxaparin

concept chemotherapy
  name: Chemotherapy
  roles: treatment cause
  category: pharmacologic
  # treats cancers named in BME articles; cytotoxic therapy is also an iatrogenic trigger of
  # osteonecrosis and BME (see cytostatic-drugs in causes.lex)
  terms: chemotherapy | chemo

# ---------------------------------------------------------------------------------------------
# Injections
# ---------------------------------------------------------------------------------------------

concept steroid-injection
  name: Steroid injection
  role: treatment
  category: injection
  terms: steroid injection | corticosteroid injection | cortisone injection | cortisone shot
  terms: steroid shot | intra-articular steroid injection | intra-articular corticosteroid injection

# ---------------------------------------------------------------------------------------------
# Regenerative
# ---------------------------------------------------------------------------------------------

concept platelet-rich-plasma
  name: Platelet-rich plasma
  role: treatment
  category: regenerative
  terms: platelet-rich plasma | PRP | platelet-rich plasma injection | autologous conditioned plasma

concept stem-cell-therapy
  name: Stem cell therapy
  role: treatment
  category: regenerative
  terms: stem cell therapy | stem cell treatment | stem cell injection | stem cell | cell therapy
  terms: mesenchymal stem cell | MSC | autologous stem cell | allogeneic stem cell
  terms: bone marrow aspirate concentrate | BMAC | bone marrow concentrate

concept bone-marrow-transplant
  name: Bone marrow transplant
  role: treatment
  category: regenerative
  terms: bone marrow transplant | bone marrow transplantation | stem cell transplant
  terms: stem cell transplantation | hematopoietic stem cell transplantation

# ---------------------------------------------------------------------------------------------
# Surgical
# ---------------------------------------------------------------------------------------------

concept surgery
  name: Surgery
  roles: treatment cause
  category: surgical
  # also a cause: "surgical interventions" head the treatment-induced group of the aetiological
  # tables
  terms: surgery | surgical intervention | surgical treatment | surgical procedure
  terms: surgical management | operative treatment | operation | orthopedic surgery

concept core-decompression
  name: Core decompression
  role: treatment
  category: surgical
  terms: core decompression | core decompression surgery | core drilling | subchondral drilling
  terms: retrograde drilling | decompression drilling

concept bone-graft
  name: Bone graft
  role: treatment
  category: surgical
  terms: bone graft | bone grafting | autologous bone graft | bone graft substitute

concept hydroxyapatite-cement-injection
  name: Hydroxyapatite cement injection
  role: treatment
  category: surgical
  # subchondroplasty: injection of a calcium phosphate (apatite-forming) bone substitute into
  # the bone marrow lesion
  terms: hydroxyapatite cement injection | hydroxyapatite cement | subchondroplasty
  terms: calcium phosphate injection | calcium phosphate bone substitute | bone substitute injection

concept arthroscopy
  name: Arthroscopy
  # Also a cause: postoperative BME after arthroscopy (Starr 2008, iatrogenic group).
  roles: treatment cause
  category: surgical
  terms: arthroscopy | arthroscopic surgery | arthroscopic debridement | knee arthroscopy

concept osteotomy
  name: Osteotomy
  # Also a cause: postoperative BME after osteotomy (Starr 2008, iatrogenic group).
  roles: treatment cause
  category: surgical
  # unloading osteotomy reduces bone marrow lesions in knee osteoarthritis
  terms: osteotomy | high tibial osteotomy | HTO | realignment osteotomy

concept joint-replacement
  name: Joint replacement
  role: treatment
  category: surgical
  terms: joint replacement | total joint replacement | arthroplasty | total joint arthroplasty
  terms: knee replacement | total knee replacement | total knee arthroplasty | TKA | TKR
  terms: hip replacement | total hip replacement | total hip arthroplasty | THA | THR
  terms: unicompartmental knee arthroplasty | partial knee replacement

# Return-to-sport management of bone stress injuries (sports-medicine consensus).
concept cross-training
  name: Cross-training
  category: physical
  terms: cross-training | cross training | low-impact exercise | cycling | swimming | deep-water running
  terms: aqua jogging | pool running

concept graded-return-to-activity
  name: Graded return to activity
  category: physical
  terms: graded return to activity | graded return to running | return-to-running program
  terms: graded return-to-running program | gradual return to activity | progressive loading

concept low-intensity-pulsed-ultrasound
  name: Low-intensity pulsed ultrasound
  category: physical
  terms: low-intensity pulsed ultrasound | LIPUS | bone stimulator | bone growth stimulator

concept nutritional-support
  name: Nutritional support
  category: conservative
  terms: increasing energy intake | increased energy intake | nutritional support | dietary counseling

# Broad treatment classes the reviews and patient pages use (Baumbach et al. 2020; Ghasemi et
# al. 2019, Orthop Clin North Am: symptomatic treatment, pharmacological agents, antiresorptive
# drugs, polysulfated polysaccharides).

concept symptomatic-treatment
  name: Symptomatic treatment
  category: conservative
  terms: symptomatic treatment | symptomatic therapy | symptomatic management | symptom management
  terms: symptomatic care

concept pain-management
  name: Pain management
  category: drug
  terms: pain management | pain control | analgesia | pain relief

concept pharmacotherapy
  name: Pharmacotherapy
  category: drug
  terms: pharmacotherapy | pharmacological treatment | pharmacological therapy | pharmacologic treatment
  terms: pharmacological agent | pharmacologic agent | pharmacological | pharmacologic | drug therapy
  terms: drug treatment | medication

concept antiresorptive-drugs
  name: Antiresorptive drugs
  category: drug
  terms: antiresorptive drug | antiresorptive agent | antiresorptive therapy | antiresorptive medication
  terms: antiresorptive

concept pentosan-polysulfate
  name: Pentosan polysulfate
  category: drug
  terms: pentosan polysulfate | sodium pentosan polysulfate | pentosan polysulphate
  terms: polysulfated polysaccharide | polysulphated polysaccharide
