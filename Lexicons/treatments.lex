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
  terms: activity limitation | limiting activity | limiting activities | limit activity
  terms: decreased activity | avoiding high-impact activity | avoid high-impact activity
  terms: avoidance of high-impact activity | avoiding impact activity
  terms: avoiding aggravating activities | avoid aggravating activities | time off from sport
  terms: rest from sport | sports restriction | activity avoidance | stopping the activity
  terms: reduced loading | off-loading | unloading the joint | RICE | RICE protocol | PRICE
  terms: POLICE protocol
  terms: resting the joint | rest the joint | resting the affected joint | deloading | reduced weight
  terms: modifying activities | modify activities | activity adjustment | activity adaptation
  terms: reducing activity | reducing activities | reduce activity | limiting physical activity
  terms: avoiding impact | avoid impact | avoiding strenuous activity | avoid strenuous activity
  terms: avoiding high-impact sports | avoid high-impact sports | avoiding sport | stopping sport
  terms: break from sport | break from activity | time off | taking time off | relief of the joint
  terms: unloading of the joint | joint unloading | joint offloading | offloading of the joint
  terms: reducing the load | reduce the load | load reduction | relieving the joint
  terms: relieve the joint | joint protection | protecting the joint | protect the joint
  terms: sparing the joint | reducing stress on the joint | reduce stress on the joint
  terms: avoiding prolonged standing | avoid prolonged standing | avoiding long periods of standing
  terms: avoiding running | avoid running | avoid jumping | avoiding jumping
  terms: stopping high-impact activity | stop high-impact activity | avoiding high-impact activities

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
  terms: touch-down weight bearing | touchdown weight bearing | toe touch weight bearing
  terms: weight bearing as tolerated | avoid weight bearing | avoiding weight bearing
  terms: avoidance of weight bearing | no weight bearing | limit weight bearing
  terms: limiting weight bearing | minimize weight bearing | minimizing weight bearing
  terms: protected loading | partial loading | partial load bearing | weight bearing relief
  terms: relief of weight bearing | relieving weight bearing | wheelchair | knee scooter
  terms: knee walker | walking frame | forearm crutch | elbow crutch
  terms: mobility aid | walking aids | assistive device
  terms: keep weight off | keeping weight off | taking weight off | take weight off
  terms: staying off your feet | stay off your feet | staying off the foot | stay off the foot
  terms: staying off the leg | avoid putting weight on | avoiding putting weight on
  terms: not putting weight on | putting less weight on | NWB | PWB | TTWB | WBAT | weight relief

concept bracing
  name: Bracing and immobilization
  role: treatment
  category: conservative
  terms: bracing | brace | unloader brace | immobilization | cast immobilization | plaster cast
  terms: knee brace | offloading brace
  terms: splint | splinting
  terms: walking boot | orthosis | orthotic insole | orthotics
  terms: cast | casting | walking cast | boot | CAM boot | controlled ankle motion boot | moon boot
  terms: walker boot | air cast | Aircast | sling | ankle brace | wrist splint | hinged knee brace
  terms: insole | shoe insert | arch support | heel cup | heel lift | heel pad | custom orthotic
  terms: foot orthosis | foot orthoses | orthoses | orthotic device | shoe modification
  terms: rocker-bottom shoe | taping | kinesio taping | kinesiology tape | strapping
  terms: support bandage | elastic bandage
  terms: unloading brace | offloader brace | unloader knee brace | offloading boot | offloading shoe
  terms: lateral wedge insole | wedged insole | metatarsal pad | stiff-soled shoe | rocker sole
  terms: rocker-sole shoe | carbon fiber insole | total contact cast | protective boot
  terms: immobilizer | knee immobilizer | cast boot | removable boot
  terms: ankle support | knee support | wrist support | cushioned insole | shock-absorbing insole
  terms: supportive insole | gel insole | orthopedic insole
  terms: fracture boot | post-op shoe | postoperative shoe | post-operative shoe | surgical shoe | knee sleeve | TLSO
  terms: thoracolumbar brace | spinal brace | corset | offloading insole | offloading orthosis
  terms: offloading shoe insert
  terms: CROW walker | Charcot restraint orthotic walker | CROW boot

concept weight-loss
  name: Weight loss
  role: treatment
  category: conservative
  terms: weight loss | weight reduction | losing weight
  terms: weight management | losing excess weight | lose weight | reduce body weight
  terms: reducing body weight | weight control
  terms: maintaining a healthy weight | maintain a healthy weight | healthy body weight
  terms: healthy weight | keeping a healthy weight | weight-loss program | reaching a healthy weight

concept cryotherapy
  name: Cryotherapy
  role: treatment
  category: conservative
  terms: cryotherapy | ice | icing | ice pack | cold therapy
  terms: cold pack | cold compress | ice therapy | applying ice | ice application | ice massage
  terms: cold water immersion | ice bath | cryo cuff | Game Ready | cryocompression
  terms: cold compression therapy

concept conservative-treatment
  name: Conservative treatment
  role: treatment
  category: conservative
  terms: conservative treatment | conservative management | conservative therapy
  terms: nonsurgical treatment | non-operative treatment | non-operative management
  terms: treated conservatively | managed conservatively | conservative care | conservative measures
  terms: conservative approach | nonoperative treatment
  terms: non-surgical treatment | non-surgical management | nonsurgical management
  terms: non-surgical therapy | nonsurgical therapy | non-invasive treatment
  terms: noninvasive treatment | conservative measure

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
  terms: treating the underlying disorder | treating the underlying problem
  terms: treating the primary condition | treating the primary cause | treating the root cause
  terms: treat the underlying disease | treat the underlying disorder | treat the underlying problem
  terms: treat the primary condition | treat the primary disease | treat the primary cause
  terms: treat the root cause | treats the underlying condition | treats the underlying cause
  terms: treats the underlying disease | treats the underlying disorder
  terms: treats the underlying problem | treats the primary condition | treats the primary disease
  terms: treats the primary cause | treats the root cause | treats the cause
  terms: treatment of the underlying disorder | treatment of the underlying problem
  terms: treatment of the primary condition | treatment of the primary disease
  terms: treatment of the primary cause | treatment of the root cause
  terms: addressing the underlying disease | addressing the underlying disorder
  terms: addressing the underlying problem | addressing the primary cause
  terms: addressing the root cause | addressing the cause | address the underlying condition
  terms: address the underlying cause | address the underlying disease
  terms: address the underlying disorder | address the underlying problem
  terms: address the primary condition | address the primary disease | address the primary cause
  terms: address the root cause | address the cause | addresses the underlying condition
  terms: addresses the underlying cause | addresses the underlying disease
  terms: addresses the underlying disorder | addresses the underlying problem
  terms: addresses the primary condition | addresses the primary disease
  terms: addresses the primary cause | addresses the root cause | addresses the cause
  terms: managing the underlying cause | managing the underlying disorder
  terms: managing the underlying problem | managing the primary condition
  terms: managing the primary disease | managing the primary cause | managing the root cause
  terms: managing the cause | manage the underlying condition | manage the underlying cause
  terms: manage the underlying disease | manage the underlying disorder
  terms: manage the underlying problem | manage the primary condition | manage the primary disease
  terms: manage the primary cause | manage the root cause | manage the cause
  terms: manages the underlying condition | manages the underlying cause
  terms: manages the underlying disease | manages the underlying disorder
  terms: manages the underlying problem | manages the primary condition
  terms: manages the primary disease | manages the primary cause | manages the root cause
  terms: manages the cause | management of the underlying cause
  terms: management of the underlying disease | management of the underlying disorder
  terms: management of the underlying problem | management of the primary condition
  terms: management of the primary disease | management of the primary cause
  terms: management of the root cause | management of the cause
  terms: correcting the underlying condition | correcting the underlying cause
  terms: correcting the underlying disease | correcting the underlying disorder
  terms: correcting the underlying problem | correcting the primary condition
  terms: correcting the primary disease | correcting the primary cause | correcting the root cause
  terms: correcting the cause | correct the underlying condition | correct the underlying cause
  terms: correct the underlying disease | correct the underlying disorder
  terms: correct the underlying problem | correct the primary condition
  terms: correct the primary disease | correct the primary cause | correct the root cause
  terms: correct the cause | correction of the underlying condition
  terms: correction of the underlying cause | correction of the underlying disease
  terms: correction of the underlying disorder | correction of the underlying problem
  terms: correction of the primary condition | correction of the primary disease
  terms: correction of the primary cause | correction of the root cause | correction of the cause
  terms: controlling the underlying condition | controlling the underlying cause
  terms: controlling the underlying disease | controlling the underlying disorder
  terms: controlling the underlying problem | controlling the primary condition
  terms: controlling the primary disease | controlling the primary cause
  terms: controlling the root cause | controlling the cause | control of the underlying condition
  terms: control of the underlying cause | control of the underlying disease
  terms: control of the underlying disorder | control of the underlying problem
  terms: control of the primary condition | control of the primary disease
  terms: control of the primary cause | control of the root cause | control of the cause

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
  terms: physical rehabilitation | physio | physiotherapist | kinesiotherapy
  terms: range-of-motion exercises | range of motion exercise | stretching | stretching exercise
  terms: muscle strengthening | strength training | resistance training | isometric exercise
  terms: quadriceps strengthening | balance training | proprioceptive training
  terms: neuromuscular training | gait training | manual therapy | joint mobilization | massage
  terms: aquatic exercise | pool therapy | water therapy | balneotherapy | spa therapy
  terms: graded exercise | graded motor imagery | mirror therapy | desensitization therapy
  terms: occupational therapy | occupational therapist
  terms: gait retraining | running retraining | Pilates | aqua therapy | pool exercises
  terms: pool exercise | water-based exercise | hydrokinesitherapy
  terms: supervised exercise | home exercise program | home exercise programme
  terms: muscle-strengthening exercises | strengthening | core strengthening | hip strengthening
  terms: range of motion exercises | mobility exercises | movement therapy
  terms: desensitization
  terms: eccentric exercise | eccentric training | eccentric loading | closed kinetic chain exercise
  terms: closed-chain exercise | open-chain exercise | straight leg raise | quadriceps exercise
  terms: quad exercise | calf raise | motor control exercise | core stability
  terms: core stability training | plyometric training | plyometrics | low-load exercise

concept extracorporeal-shock-wave-therapy
  name: Extracorporeal shock wave therapy
  role: treatment
  category: physical
  terms: extracorporeal shock wave therapy | extracorporeal shockwave therapy | ESWT
  terms: shock wave therapy | shockwave therapy | shock wave treatment | shockwave treatment
  terms: shock wave | shockwave | radial shock wave therapy | focused shock wave | rESWT | fESWT
  terms: ESWL | shock wave application | shockwave application
  terms: radial shockwave | radial shockwave therapy | focused shockwave
  terms: focused shockwave therapy | shockwave treatment | acoustic wave therapy
  terms: EPAT | extracorporeal pulse activation technology | Swiss DolorClast

concept pulsed-electromagnetic-field-therapy
  name: Pulsed electromagnetic field therapy
  role: treatment
  category: physical
  terms: pulsed electromagnetic field therapy | pulsed electromagnetic field | PEMF
  terms: electromagnetic field therapy | electromagnetic stimulation
  terms: pulsed electromagnetic fields | PEMFs | magnetic field therapy | magnetotherapy
  terms: pulsed electromagnetic stimulation | electromagnetic therapy | magnetic therapy

concept hyperbaric-oxygen-therapy
  name: Hyperbaric oxygen therapy
  role: treatment
  category: other
  terms: hyperbaric oxygen therapy | hyperbaric oxygen | hyperbaric oxygenation | HBOT | HBO therapy
  terms: HBO | hyperbaric chamber | hyperbaric treatment | hyperbaric therapy

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
  terms: NSAID | aspirin | acetylsalicylic acid | meloxicam | ketoprofen | indomethacin
  terms: indometacin | etoricoxib | etodolac | nabumetone | piroxicam | ketorolac | mefenamic acid
  terms: dexketoprofen | coxib | selective COX-2 inhibitor | cyclooxygenase-2 inhibitor | Advil
  terms: Motrin | Nurofen | Aleve | Voltaren | Celebrex | Arcoxia | topical NSAID
  terms: anti-inflammatory medicine | anti-inflammatory pain reliever | anti-inflammatory painkiller
  terms: Arthrotec
  terms: anti-inflammatory gel | anti-inflammatory cream | topical anti-inflammatory | NSAID gel
  terms: Naprosyn | Anaprox | Brufen | Cataflam | Mobic | Feldene | Indocin | Toradol | Relafen
  terms: Lodine | flurbiprofen | fenoprofen | sulindac | tolmetin | oxaprozin | Daypro | lornoxicam
  terms: tenoxicam | aceclofenac | nimesulide | parecoxib | rofecoxib | Vioxx | Pennsaid | Flector
  terms: Dynastat

concept analgesics
  name: Analgesics
  role: treatment
  category: pharmacologic
  terms: analgesic | pain reliever | pain medication | painkiller | pain killer
  terms: acetaminophen | paracetamol | opioid | tramadol
  terms: Tylenol | Panadol | codeine | oxycodone | morphine | hydrocodone | tapentadol | opiate
  terms: opioid analgesic | metamizole | dipyrone | pain medicine | pain med | pain tablet
  terms: pain-relieving medication | pain relief medication | pain-relief medication
  terms: topical analgesic | lidocaine | lidocaine patch | capsaicin | capsaicin cream
  terms: local anesthetic | analgesic medication | analgesic drug | simple analgesic
  terms: over-the-counter pain medication | over-the-counter pain reliever | over-the-counter painkiller | OTC pain reliever | OTC pain medication
  terms: co-codamol | co-dydramol | dihydrocodeine | buprenorphine | fentanyl | pain relief medicine
  terms: painkilling medication | painkilling medicine | pain relieving medicine
  terms: Percocet | Vicodin | Norco | OxyContin | Ultram | Tramacet | Zaldiar | hydromorphone
  terms: methadone | nefopam | narcotic | narcotic analgesic | painkilling drug | numbing cream
  terms: Lidoderm | Qutenza | non-opioid analgesic | Ofirmev | Solpadeine | paracetamol tablets

concept bisphosphonate
  name: Bisphosphonates
  role: treatment
  category: pharmacologic
  terms: bisphosphonate | zoledronic acid | zoledronate | alendronate | alendronic acid
  terms: neridronate | neridronic acid | pamidronate | clodronate | ibandronate | ibandronic acid
  terms: risedronate
  terms: Zometa | Reclast | Aclasta | Fosamax | Boniva | Bonviva | Actonel | Aredia | etidronate
  terms: tiludronate | amino-bisphosphonate | nitrogen-containing bisphosphonate | diphosphonate
  terms: Bondronat | Atelvia | Bonefos | Nerixia | Binosto | Didronel | Skelid | Loron
  terms: Clasteon | Ostac | Actonel Combi | Fosavance
  terms: bisphosphonate infusion | zoledronic acid infusion | zoledronate infusion | intravenous bisphosphonate
  terms: risedronic acid | pamidronic acid | clodronic acid | etidronic acid | tiludronic acid
  terms: minodronate | olpadronate | Fosamax Plus D

concept prostacyclin-analog
  name: Prostacyclin analog
  role: treatment
  category: pharmacologic
  terms: prostacyclin analog | prostacyclin | prostaglandin I2 | PGI2 | iloprost
  terms: prostacycline | Ilomedin | epoprostenol
  terms: Ventavis
  terms: beraprost | treprostinil | iloprost infusion | prostaglandin analog
  terms: Ilomedine | Flolan | Veletri | Remodulin | selexipag | Uptravi | prostanoid
  terms: IP receptor agonist

concept calcitonin
  name: Calcitonin
  role: treatment
  category: pharmacologic
  terms: calcitonin | salmon calcitonin
  terms: Miacalcin | Miacalcic | calcitonin nasal spray | intranasal calcitonin
  terms: Fortical | elcatonin | salcatonin | calcitonin injection | calcitonin therapy

concept parathyroid-hormone
  name: Parathyroid hormone
  role: treatment
  category: pharmacologic
  terms: parathyroid hormone | teriparatide | PTH | parathyroid hormone analog | abaloparatide
  terms: Forteo | Forsteo | Tymlos | PTH analog | recombinant human parathyroid hormone | PTH 1-34
  terms: teriparatide injection
  terms: Bonsity | Movymia | Terrosa | Livogiva | recombinant PTH | PTH analogue therapy
  terms: abaloparatide injection

concept denosumab
  name: Denosumab
  role: treatment
  category: pharmacologic
  terms: denosumab
  terms: Prolia | Xgeva | RANKL inhibitor | anti-RANKL antibody
  terms: RANK ligand inhibitor | anti-RANK ligand antibody | Jubbonti | Wyost

concept vitamin-d-supplementation
  name: Vitamin D supplementation
  role: treatment
  category: pharmacologic
  terms: vitamin D supplementation | vitamin D supplement | vitamin D replacement
  terms: vitamin D therapy | vitamin D | vitamin D3 | cholecalciferol
  terms: calcitriol | alfacalcidol | ergocalciferol | vitamin D2 | active vitamin D
  terms: vitamin D analog | colecalciferol
  terms: calcifediol | paricalcitol | Rocaltrol | One-Alpha | Drisdol | stoss therapy
  terms: vitamin D repletion | high-dose vitamin D | vitamin D3 supplement | calciferol

concept calcium-supplementation
  name: Calcium supplementation
  role: treatment
  category: pharmacologic
  terms: calcium supplementation | calcium supplement
  terms: calcium tablet | calcium carbonate | calcium citrate
  terms: calcium and vitamin D supplementation | calcium and vitamin D supplement
  terms: dietary calcium | calcium-rich diet | calcium-rich food
  terms: Adcal | Calcichew

concept tnf-inhibitor
  name: TNF inhibitor
  role: treatment
  category: pharmacologic
  terms: TNF inhibitor | TNF-alpha inhibitor | TNF blocker | anti-TNF
  terms: tumor necrosis factor inhibitor | tumor necrosis factor alpha inhibitor
  terms: anti-tumor necrosis factor | infliximab | adalimumab | etanercept | certolizumab
  terms: golimumab
  terms: biological therapy | biologic therapy | biologic agent | Remicade | Humira | Enbrel
  terms: Cimzia | Simponi | biologic drug | biologic medication | biological agent | biologic DMARD
  terms: biologics | biologic treatment | biologic medicine | biological medicine
  terms: biological treatment | TNF antagonist | anti-TNF therapy | anti-TNF agent

concept dmards
  name: DMARDs
  role: treatment
  category: pharmacologic
  terms: DMARDs | disease-modifying antirheumatic drug | disease-modifying anti-rheumatic drug
  terms: methotrexate | sulfasalazine | hydroxychloroquine | leflunomide
  terms: DMARD | conventional synthetic DMARD | Arava | Plaquenil | JAK inhibitor | tofacitinib
  terms: baricitinib | upadacitinib | IL-17 inhibitor | secukinumab | ixekizumab | IL-6 inhibitor
  terms: tocilizumab | ustekinumab | abatacept | rituximab
  terms: apremilast | Otezla | Stelara | Cosentyx | Taltz | Actemra | RoActemra | Orencia | Rinvoq
  terms: Xeljanz | Olumiant | Salazopyrin | Azulfidine | antimalarial drug | csDMARD | bDMARD
  terms: tsDMARD

concept anticoagulant-therapy
  name: Anticoagulant therapy
  role: treatment
  category: pharmacologic
  # enoxaparin in thrombophilia-associated osteonecrosis and BME
  terms: anticoagulant therapy | anticoagulation | low-molecular-weight heparin | LMWH | enoxaparin
  terms: anticoagulant | anticoagulant medication | blood thinner | heparin | unfractionated heparin
  terms: warfarin | rivaroxaban | apixaban | dalteparin | tinzaparin | antithrombotic therapy
  terms: antiplatelet therapy | antiplatelet agent | clopidogrel
  terms: Lovenox | Clexane | Fragmin
  terms: Xarelto | Eliquis | Coumadin | Jantoven | dabigatran | Pradaxa | edoxaban | Lixiana
  terms: Savaysa | fondaparinux | Arixtra | DOAC | NOAC | direct oral anticoagulant | nadroparin
  terms: Fraxiparine | Innohep | Plavix | blood-thinning medication | blood-thinning drug
  terms: blood-thinning medicine | thrombolytic therapy
  terms: vitamin K antagonist | VKA

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
  terms: steroid injections | cortisone injections | glucocorticoid injection
  terms: intra-articular glucocorticoid | corticosteroid shot | epidural steroid injection
  terms: triamcinolone | triamcinolone acetonide | triamcinolone injection | Kenalog
  terms: Kenalog injection | Depo-Medrol | methylprednisolone injection | hydrocortisone injection
  terms: steroid jab | cortisone jab | corticosteroid jab | steroid infiltration
  terms: cortisone infiltration

# ---------------------------------------------------------------------------------------------
# Regenerative
# ---------------------------------------------------------------------------------------------

concept platelet-rich-plasma
  name: Platelet-rich plasma
  role: treatment
  category: regenerative
  terms: platelet-rich plasma | PRP | platelet-rich plasma injection | autologous conditioned plasma
  terms: PRP injection | PRP therapy | platelet-rich plasma therapy | platelet-rich fibrin
  terms: platelet concentrate | intraosseous PRP | intraosseous platelet-rich plasma
  terms: platelet injection | autologous blood injection | ACP | PRP infiltration
  terms: platelet-rich plasma infiltration

concept stem-cell-therapy
  name: Stem cell therapy
  role: treatment
  category: regenerative
  terms: stem cell therapy | stem cell treatment | stem cell injection | stem cell | cell therapy
  terms: mesenchymal stem cell | MSC | autologous stem cell | allogeneic stem cell
  terms: bone marrow aspirate concentrate | BMAC | bone marrow concentrate
  terms: mesenchymal stromal cell | bone marrow aspirate | cell-based therapy | orthobiologic
  terms: orthobiologics | regenerative medicine | regenerative therapy | regenerative injection
  terms: biologic injection | orthobiologic injection
  terms: bone marrow-derived cells | bone marrow aspiration concentrate | adipose-derived stem cell
  terms: autologous bone marrow cells | bone marrow cell therapy | bone marrow mononuclear cells
  terms: cell-based treatment | concentrated bone marrow aspirate | bone marrow aspirate injection

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
  terms: surgical option | surgical approach | surgical repair | surgical procedure
  terms: orthopedic surgery | operative management | operative intervention | surgical therapy
  terms: parathyroidectomy
  terms: minimally invasive surgery | minimally invasive procedure | joint-preserving surgery
  terms: joint preservation surgery | joint-preserving procedure | interventional procedure

concept core-decompression
  name: Core decompression
  role: treatment
  category: surgical
  terms: core decompression | core decompression surgery | core drilling | subchondral drilling
  terms: retrograde drilling | decompression drilling
  terms: decompression | surgical decompression | forage | Pridie drilling | percutaneous drilling
  terms: multiple drilling | intraosseous drilling | core decompression procedure
  terms: core decompression with bone grafting
  terms: drilling | decompression surgery | forage procedure | core biopsy decompression

concept bone-graft
  name: Bone graft
  role: treatment
  category: surgical
  terms: bone graft | bone grafting | autologous bone graft | bone graft substitute
  terms: vascularized bone graft | vascularized fibular graft | free vascularized fibular graft
  terms: fibular graft | bone allograft | bone autograft | allograft | autograft
  terms: impaction grafting | demineralized bone matrix | bone morphogenetic protein | BMP

concept hydroxyapatite-cement-injection
  name: Hydroxyapatite cement injection
  role: treatment
  category: surgical
  # subchondroplasty: injection of a calcium phosphate (apatite-forming) bone substitute into
  # the bone marrow lesion
  terms: hydroxyapatite cement injection | hydroxyapatite cement | subchondroplasty
  terms: calcium phosphate injection | calcium phosphate bone substitute | bone substitute injection
  terms: calcium phosphate cement | bone cement | bone cement injection | intraosseous injection
  terms: intraosseous infiltration | subchondral injection | subchondral calcium phosphate injection
  terms: calcium phosphate substitute | injectable bone substitute
  terms: SCP | AccuFill | subchondral bone augmentation | subchondral augmentation
  terms: calcium phosphate bone cement | bone substitute material
  terms: bone void filler | injectable calcium phosphate | calcium phosphate filler
  terms: subchondral bone injection | subchondral bone filling

concept arthroscopy
  name: Arthroscopy
  # Also a cause: postoperative BME after arthroscopy (Starr 2008, iatrogenic group).
  roles: treatment cause
  category: surgical
  terms: arthroscopy | arthroscopic surgery | arthroscopic debridement | knee arthroscopy
  terms: debridement | arthroscopic procedure | hip arthroscopy | ankle arthroscopy
  terms: arthroscopic lavage | joint lavage
  terms: keyhole surgery | keyhole procedure | keyhole operation | chondroplasty
  terms: arthroscopic chondroplasty | loose body removal | synovectomy | arthroscopic synovectomy
  terms: arthroscopic washout | shoulder arthroscopy | wrist arthroscopy
  terms: FAI surgery | hip impingement surgery | osteochondroplasty | femoral osteoplasty
  terms: cam resection | acetabular rim trimming

concept osteotomy
  name: Osteotomy
  # Also a cause: postoperative BME after osteotomy (Starr 2008, iatrogenic group).
  roles: treatment cause
  category: surgical
  # unloading osteotomy reduces bone marrow lesions in knee osteoarthritis
  terms: osteotomy | high tibial osteotomy | HTO | realignment osteotomy
  terms: corrective osteotomy | unloading osteotomy | tibial osteotomy | femoral osteotomy
  terms: rotational osteotomy | periacetabular osteotomy | distal femoral osteotomy
  terms: realignment surgery | realignment osteotomy | corrective surgery | alignment correction
  terms: PAO | Ganz osteotomy | bone realignment | opening wedge osteotomy | closing wedge osteotomy

concept joint-replacement
  name: Joint replacement
  role: treatment
  category: surgical
  terms: joint replacement | total joint replacement | arthroplasty | total joint arthroplasty
  terms: knee replacement | total knee replacement | total knee arthroplasty | TKA | TKR
  terms: hip replacement | total hip replacement | total hip arthroplasty | THA | THR
  terms: unicompartmental knee arthroplasty | partial knee replacement
  terms: hemiarthroplasty | hip resurfacing | resurfacing arthroplasty | joint arthroplasty
  terms: prosthetic replacement | ankle replacement | shoulder replacement | UKA | UKR | TJA
  terms: partial joint replacement
  terms: total ankle arthroplasty | hip prosthesis | knee prosthesis | endoprosthetic replacement
  terms: joint replacement surgery | knee replacement surgery | hip replacement surgery
  terms: replacement surgery

# Return-to-sport management of bone stress injuries (sports-medicine consensus).
concept cross-training
  name: Cross-training
  category: physical
  terms: cross-training | cross training | low-impact exercise | cycling | swimming | deep-water running
  terms: aqua jogging | pool running
  terms: low-impact activity | low-impact sport | low-impact aerobic exercise | non-impact exercise
  terms: non-weight-bearing exercise | stationary bike | stationary cycling | exercise bike
  terms: elliptical trainer | water aerobics | aqua aerobics | walking in water | water walking
  terms: upper-body exercise

concept graded-return-to-activity
  name: Graded return to activity
  category: physical
  terms: graded return to activity | graded return to running | return-to-running program
  terms: graded return-to-running program | gradual return to activity | progressive loading
  terms: gradual return to sport | graded return to sport | gradual return to running
  terms: gradual resumption of activity | graded loading | progressive weight bearing
  terms: gradual weight bearing | progressive return to activity | return-to-sport program
  terms: walk-run program | progressive loading program
  terms: gradual return to normal activities | gradually increasing activity
  terms: gradually increase activity | gradual increase in activity | progressive return to sport
  terms: return-to-play protocol | phased return | stepwise return | graduated return
  terms: gradual loading | gradual reloading | progressive mobilization | slowly increasing activity
  terms: slow return to activity | gradual resumption | gradually resuming activity
  terms: gradually return to activity | progressive increase in activity

concept low-intensity-pulsed-ultrasound
  name: Low-intensity pulsed ultrasound
  category: physical
  terms: low-intensity pulsed ultrasound | LIPUS | bone stimulator | bone growth stimulator
  terms: therapeutic ultrasound | ultrasound therapy | ultrasound bone stimulation
  terms: ultrasound bone healing | Exogen

concept nutritional-support
  name: Nutritional support
  category: conservative
  terms: increasing energy intake | increased energy intake | nutritional support | dietary counseling
  terms: healthy diet | balanced diet | nutrient-rich diet | anti-inflammatory diet | dietary change
  terms: dietary modification | good nutrition | proper nutrition | adequate nutrition
  terms: adequate calcium intake | adequate vitamin D | adequate energy intake
  terms: sufficient calorie intake | dietary advice | nutritional counseling | dietitian
  terms: protein intake | adequate protein intake | protein-rich diet | Mediterranean diet
  terms: sufficient protein | adequate energy availability | restoring energy availability

# Broad treatment classes the reviews and patient pages use (Baumbach et al. 2020; Ghasemi et
# al. 2019, Orthop Clin North Am: symptomatic treatment, pharmacological agents, antiresorptive
# drugs, polysulfated polysaccharides).

concept symptomatic-treatment
  name: Symptomatic treatment
  category: conservative
  terms: symptomatic treatment | symptomatic therapy | symptomatic management | symptom management
  terms: symptomatic care
  terms: symptom relief | symptomatic relief | supportive care | supportive treatment
  terms: supportive therapy | supportive measures

concept pain-management
  name: Pain management
  category: drug
  terms: pain management | pain control | analgesia | pain relief
  terms: pain relief measures | pain treatment | analgesic therapy | analgesic treatment
  terms: multimodal analgesia | pain-relieving treatment

concept pharmacotherapy
  name: Pharmacotherapy
  category: drug
  terms: pharmacotherapy | pharmacological treatment | pharmacological therapy | pharmacologic treatment
  terms: pharmacological agent | pharmacologic agent | pharmacological | pharmacologic | drug therapy
  terms: drug treatment | medication
  terms: drug-based treatment
  terms: medicinal treatment | medication therapy | prescription medication
  terms: drug-based therapy

concept antiresorptive-drugs
  name: Antiresorptive drugs
  category: drug
  terms: antiresorptive drug | antiresorptive agent | antiresorptive therapy | antiresorptive medication
  terms: antiresorptive
  terms: anti-resorptive drug | anti-resorptive agent | anti-resorptive therapy
  terms: anti-resorptive medication | anti-resorptive | bone resorption inhibitor
  terms: inhibitor of bone resorption | osteoclast inhibitor | bone-active drug | bone-active agent
  terms: bone-active medication | bone-active substance | bone-modifying agent
  terms: osteoporosis medication | osteoporosis drug | osteoporosis treatment
  terms: anti-osteoporotic drug | anti-osteoporotic medication | anti-osteoporosis medication
  terms: bone-strengthening medicine | bone-strengthening medication | bone-strengthening drug
  terms: bone density medication | bone-protecting medication | bone protection medication
  terms: medicine to strengthen the bones | medication to strengthen the bones | bone medication

concept pentosan-polysulfate
  name: Pentosan polysulfate
  category: drug
  terms: pentosan polysulfate | sodium pentosan polysulfate
  terms: polysulfated polysaccharide
  terms: PPS | Elmiron | Cartrophen | Zycan | SP54 | polysulfated glycosaminoglycan | PSGAG
  terms: pentosan
  terms: Zilosul | Cartrophen | pentosan polysulfate sodium | PPS

# ---------------------------------------------------------------------------------------------
# Added from treatment reviews and hospital patient pages (Baumbach 2020; CRPS, osteonecrosis,
# bone stress injury and knee bone marrow lesion management reviews): classes and their
# members, procedures, modalities and lifestyle measures the concepts above did not hold.
# ---------------------------------------------------------------------------------------------

concept vasoactive-agents
  name: Vasoactive agents
  role: treatment
  category: pharmacologic
  terms: vasoactive drug | vasoactive agent | vasoactive medication | vasoactive therapy
  terms: vasodilator | vasodilating drug | vasodilating agent | alprostadil
  terms: prostaglandin E1 | PGE1 | pentoxifylline | cilostazol | naftidrofuryl | buflomedil
  terms: Trental | Pletal | vasodilator therapy
  terms: drugs that improve blood flow | medication to improve blood flow | circulation-enhancing drug
  terms: Praxilene | hemorheologic agent | vasodilatory drug | vasodilatory agent
  terms: vasodilating medication | peripheral vasodilator | nifedipine | calcium channel blocker

concept statins
  name: Statins
  role: treatment
  category: pharmacologic
  # lipid-lowering prophylaxis of steroid-associated osteonecrosis
  terms: statin | simvastatin | atorvastatin | lovastatin | rosuvastatin | lipid-lowering drug
  terms: lipid-lowering therapy | cholesterol-lowering medication | cholesterol-lowering drug
  terms: Lipitor | Zocor | Crestor | Pravachol | Lescol | Livalo | pravastatin | fluvastatin
  terms: pitavastatin | HMG-CoA reductase inhibitor

concept bone-anabolic-agents
  name: Bone-anabolic agents
  role: treatment
  category: pharmacologic
  terms: romosozumab | Evenity | anabolic agent | bone-forming agent | osteoanabolic agent
  terms: sclerostin antibody | anti-sclerostin antibody | bone anabolic therapy | osteoanabolic therapy
  terms: bone-building medication | bone-building drug | sclerostin inhibitor | osteoanabolic
  terms: anabolic therapy | bone-forming medication

concept strontium-ranelate
  name: Strontium ranelate
  role: treatment
  category: pharmacologic
  terms: strontium ranelate | strontium

concept hormone-therapy
  name: Hormone therapy
  role: treatment
  category: pharmacologic
  terms: hormone replacement therapy | HRT | estrogen therapy | estrogen replacement
  terms: estrogen replacement therapy | menopausal hormone therapy | raloxifene | SERM
  terms: selective estrogen receptor modulator | bazedoxifene | testosterone replacement
  terms: Evista | tibolone | Livial | estradiol | testosterone therapy
  terms: testosterone replacement therapy | hormone replacement | estrogen supplementation

concept neuropathic-pain-medication
  name: Neuropathic pain medication
  role: treatment
  category: pharmacologic
  # CRPS and nerve pain treatment
  terms: gabapentin | pregabalin | Lyrica | Neurontin | gabapentinoid | amitriptyline | nortriptyline
  terms: tricyclic antidepressant | antidepressant | duloxetine | SNRI | neuropathic pain medication
  terms: nerve pain medication | ketamine | ketamine infusion
  terms: Cymbalta | serotonin-norepinephrine reuptake inhibitor
  terms: Elavil | memantine | anticonvulsant pain medication | nerve pain medicine | nerve pain drug

concept radiofrequency-ablation
  name: Radiofrequency ablation
  role: treatment
  category: procedure
  # Image-guided ablation of osteoid osteoma and genicular-nerve ablation for knee pain.
  terms: radiofrequency ablation | RFA | radiofrequency denervation | genicular nerve ablation
  terms: genicular nerve radiofrequency ablation | cooled radiofrequency ablation | thermal ablation
  terms: cryoablation | radiofrequency neurotomy
  terms: radiofrequency | radiofrequency treatment | pulsed radiofrequency

concept nerve-block
  name: Nerve block
  role: treatment
  category: procedure
  terms: nerve block | sympathetic nerve block | sympathetic block | stellate ganglion block
  terms: lumbar sympathetic block | regional nerve block | regional anesthesia | Bier block
  terms: intravenous regional block | sympathectomy

concept neuromodulation
  name: Neuromodulation
  role: treatment
  category: procedure
  terms: spinal cord stimulation | spinal cord stimulator | dorsal root ganglion stimulation
  terms: neurostimulation | peripheral nerve stimulation | neuromodulation

concept electrotherapy
  name: Electrotherapy
  role: treatment
  category: physical
  terms: TENS | transcutaneous electrical nerve stimulation | electrical stimulation | electrotherapy
  terms: interferential therapy | interferential current | neuromuscular electrical stimulation | NMES
  terms: electrical muscle stimulation | electrostimulation

concept laser-therapy
  name: Laser therapy
  role: treatment
  category: physical
  terms: laser therapy | low-level laser therapy | LLLT | low-level laser | photobiomodulation
  terms: cold laser | high-intensity laser therapy | laser treatment
  terms: laser | high-power laser

concept acupuncture
  name: Acupuncture
  role: treatment
  category: physical
  terms: acupuncture | dry needling | electroacupuncture

concept thermotherapy
  name: Heat therapy
  role: treatment
  category: physical
  terms: heat therapy | heat pack | heating pad | warm compress | thermotherapy | moist heat
  terms: hot pack | heat application | contrast bath | contrast therapy
  terms: heat | warm compresses | warm bath | hot water bottle | heat wrap

concept compression-elevation
  name: Compression and elevation
  role: treatment
  category: conservative
  terms: compression bandage | compression stocking | compression wrap
  terms: compression garment | compression therapy | elevation of the limb | limb elevation
  terms: leg elevation | elevating the leg | elevating the limb | elevate the leg | elevate the limb
  terms: elevation | compression | elevate | elevating | raising the leg | keeping the leg raised

concept hyaluronic-acid
  name: Hyaluronic acid injection
  role: treatment
  category: injection
  terms: hyaluronic acid | hyaluronic acid injection | hyaluronan | sodium hyaluronate
  terms: viscosupplementation | viscosupplement | gel injection | lubricating injection | HA injection
  terms: Synvisc | Synvisc-One | Durolane | Euflexxa | Orthovisc | Monovisc | Gel-One | Gelsyn
  terms: Hyalgan | Supartz | Ostenil | hylan G-F 20 | hylan | viscosupplement injection

concept prolotherapy
  name: Prolotherapy
  role: treatment
  category: injection
  terms: prolotherapy | dextrose prolotherapy | dextrose injection

concept dietary-supplements
  name: Dietary supplements
  role: treatment
  category: conservative
  terms: dietary supplement | nutritional supplement | nutraceutical | glucosamine | chondroitin
  terms: collagen supplement | omega-3 fatty acid | fish oil | curcumin | turmeric | vitamin K2
  terms: vitamin C supplement | magnesium supplement
  terms: boswellia | methylsulfonylmethane
  terms: supplement
  terms: vitamin K | vitamin K supplement | collagen peptides | hydrolyzed collagen

concept smoking-cessation
  name: Smoking cessation
  role: treatment
  category: lifestyle
  terms: smoking cessation | quit smoking | quitting smoking | stop smoking | stopping smoking
  terms: giving up smoking | avoid smoking | avoiding smoking | nicotine replacement | stop using tobacco
  terms: quitting tobacco | quit tobacco | tobacco cessation | stopping tobacco | avoid tobacco
  terms: avoiding tobacco | giving up cigarettes | give up smoking | quit using tobacco

concept alcohol-reduction
  name: Limiting alcohol
  role: treatment
  category: lifestyle
  terms: reduce alcohol | reducing alcohol | limit alcohol | limiting alcohol | avoid alcohol
  terms: avoiding alcohol | alcohol abstinence | abstinence from alcohol | moderate alcohol intake
  terms: cutting down on alcohol | alcohol cessation | reduced alcohol intake | reduce alcohol intake
  terms: stop drinking alcohol | stopping alcohol | stop drinking | stopping drinking
  terms: drinking less alcohol | drink less alcohol | avoiding excessive alcohol
  terms: avoid excessive alcohol | alcohol moderation | moderate drinking | limiting alcohol intake
  terms: cut down on alcohol | cutting back on alcohol | cut back on alcohol | giving up alcohol
  terms: give up alcohol | quit drinking | quitting drinking | alcohol avoidance
  terms: reducing alcohol consumption | reduce alcohol consumption

concept lifestyle-modification
  name: Lifestyle modification
  role: treatment
  category: lifestyle
  terms: lifestyle modification | lifestyle change | lifestyle adjustment | lifestyle intervention
  terms: lifestyle measures | healthy lifestyle | lifestyle advice

concept watchful-waiting
  name: Watchful waiting
  role: treatment
  category: conservative
  terms: watchful waiting | wait-and-see approach | wait-and-see | expectant management
  terms: active surveillance | clinical observation

concept patient-education
  name: Patient education
  role: treatment
  category: conservative
  terms: reassurance | patient reassurance | self-management | education about load

concept ligament-reconstruction
  name: Ligament reconstruction
  # Also a cause: postoperative BME and tunnel edema after ACL reconstruction.
  roles: treatment cause
  category: surgical
  terms: ACL reconstruction | anterior cruciate ligament reconstruction | ligament reconstruction
  terms: ACLR | ACL surgery | cruciate ligament reconstruction | meniscal repair | meniscus repair
  terms: ligament repair
  terms: meniscal allograft transplantation | meniscus allograft transplantation
  terms: meniscal transplant | meniscus transplant

concept cartilage-repair
  name: Cartilage repair
  role: treatment
  category: surgical
  terms: cartilage repair | cartilage restoration | cartilage regeneration
  terms: autologous chondrocyte implantation | ACI | MACI
  terms: matrix-induced autologous chondrocyte implantation | osteochondral autograft transplantation
  terms: OATS | mosaicplasty | osteochondral allograft | osteochondral allograft transplantation
  terms: osteochondral grafting | microfracture surgery | marrow stimulation
  terms: bone marrow stimulation
  terms: nanofracture | microdrilling | AMIC | autologous matrix-induced chondrogenesis

concept fracture-fixation
  name: Fracture fixation
  role: treatment
  category: surgical
  terms: internal fixation | ORIF | open reduction and internal fixation | screw fixation
  terms: fracture fixation | percutaneous screw fixation | intramedullary nailing
  terms: prophylactic fixation | prophylactic nailing
  terms: surgical fixation | surgical stabilization | stabilization surgery | fixation surgery

concept vertebral-augmentation
  name: Vertebral augmentation
  role: treatment
  category: surgical
  terms: vertebroplasty | kyphoplasty | sacroplasty | vertebral augmentation | cementoplasty

concept arthrodesis
  name: Arthrodesis
  role: treatment
  category: surgical
  terms: arthrodesis | joint fusion | ankle fusion | subtalar fusion | spinal fusion | fusion surgery
  terms: triple arthrodesis

concept antiviral-antifungal-therapy
  name: Antiviral and antifungal therapy
  role: treatment
  category: pharmacologic
  # Infective causes treated at their source: antivirals for a viral and antifungals for a
  # fungal infection (the infection rows of the aetiology tables).
  terms: antiviral | antiviral medication | antiviral drug | antiviral therapy | antiviral treatment
  terms: antifungal | antifungal medication | antifungal drug | antifungal therapy | antifungal treatment

concept tumor-resection
  name: Tumor resection
  role: treatment
  category: surgical
  # Neoplastic causes: resection, curettage and excision of the lesion (bone tumour surgery).
  terms: tumor resection | surgical resection | en bloc resection | wide resection | curettage
  terms: surgical excision | wide excision | tumor excision | tumor removal | surgical removal

concept antibiotics
  name: Antibiotics
  role: treatment
  category: pharmacologic
  # treatment of an infectious cause (osteomyelitis, septic arthritis)
  terms: antibiotic | antibiotic therapy | antibiotic treatment | intravenous antibiotic
  terms: antimicrobial therapy | antibacterial therapy
  terms: vancomycin | cefazolin | ceftriaxone | clindamycin | flucloxacillin | rifampicin | rifampin
  terms: doxycycline | amoxicillin | ciprofloxacin | antibacterial | antitubercular therapy
  terms: anti-tuberculosis therapy | antituberculous treatment | anti-tuberculous therapy
  terms: TB treatment | antituberculosis drug

concept urate-lowering-therapy
  name: Urate-lowering and gout medication
  role: treatment
  category: pharmacologic
  terms: urate-lowering therapy | allopurinol | febuxostat | colchicine | uric acid-lowering medication
  terms: Zyloprim | Uloric | Adenuric | probenecid | pegloticase | Krystexxa | gout medication
  terms: xanthine oxidase inhibitor

concept joint-injection
  name: Joint injection
  role: treatment
  category: injection
  # an injection into or around the joint whose substance the text does not name
  terms: intra-articular injection | joint injection | injection therapy | ultrasound-guided injection
  terms: image-guided injection | intraarticular injection | periarticular injection | knee injection
  terms: hip injection | shoulder injection | ankle injection | injection into the joint
  terms: guided injection | fluoroscopy-guided injection | fluoroscopically guided injection
  terms: CT-guided injection | local injection | facet joint injection

concept ozone-therapy
  name: Ozone therapy
  role: treatment
  category: injection
  terms: ozone therapy | oxygen-ozone therapy | ozone injection | ozonotherapy | intraosseous ozone

concept embolization
  name: Embolization
  role: treatment
  category: procedure
  terms: genicular artery embolization | GAE | transcatheter arterial embolization
  terms: arterial embolization | embolization | geniculate artery embolization

# CRPS management (European CRPS guidelines; Cochrane overviews): free-radical scavengers, vitamin C
# after a limb fracture, immunoglobulin, psychological treatment and complementary measures.

concept free-radical-scavengers
  name: Free-radical scavengers
  role: treatment
  category: pharmacologic
  # DMSO cream and N-acetylcysteine in CRPS; vitamin C (ascorbic acid) both as an antioxidant
  # after a wrist fracture and as the treatment of scurvy
  terms: free radical scavenger | free-radical scavenger therapy | radical scavenger | antioxidant
  terms: antioxidant therapy | antioxidant supplement | antioxidant treatment
  terms: dimethyl sulfoxide | dimethyl sulphoxide | DMSO | DMSO cream | DMSO 50% cream
  terms: N-acetylcysteine | acetylcysteine | NAC
  terms: vitamin C | ascorbic acid | vitamin C supplementation | vitamin C therapy | ascorbate
  terms: vitamin C replacement

concept immunoglobulin-therapy
  name: Immunoglobulin therapy
  role: treatment
  category: pharmacologic
  terms: intravenous immunoglobulin | IVIG | IVIg | immunoglobulin therapy | immunoglobulin treatment
  terms: immune globulin | immunoglobulin infusion | low-dose immunoglobulin
  terms: subcutaneous immunoglobulin | SCIG

concept complementary-medicine
  name: Complementary medicine
  role: treatment
  category: other
  terms: complementary therapy | complementary medicine | complementary treatment
  terms: alternative medicine | alternative therapy | alternative treatment
  terms: complementary and alternative medicine | integrative medicine | herbal medicine
  terms: herbal remedy | herbal treatment | homeopathy | homeopathic remedy | naturopathy
  terms: traditional Chinese medicine | chiropractic | chiropractic care | chiropractor
  terms: osteopathic manipulation | reflexology | tai chi | qigong | yoga
  terms: magnet therapy | magnet bracelet | magnetic bracelet | static magnet | copper bracelet
  terms: essential oils | CBD oil | cannabidiol

concept psychological-therapy
  name: Psychological therapy
  role: treatment
  category: other
  terms: psychological therapy | psychological treatment | psychological intervention
  terms: psychological support | psychotherapy | cognitive behavioral therapy | CBT
  terms: cognitive behavioural therapy | counseling | pain psychology | pain psychologist
  terms: mindfulness | mindfulness-based stress reduction | relaxation techniques
  terms: relaxation training | relaxation therapy | biofeedback | graded exposure
  terms: graded exposure in vivo | pain coping skills | pain coping strategies
  terms: acceptance and commitment therapy | pain management programme | pain rehabilitation program
  terms: interdisciplinary pain program | multidisciplinary pain management

concept surgical-drainage
  name: Surgical drainage
  role: treatment
  category: surgical
  # infective causes (abscess, septic arthritis, osteomyelitis): drainage and washout beside
  # antibiotics
  terms: surgical drainage | incision and drainage | abscess drainage | drainage of the abscess
  terms: percutaneous drainage | surgical washout | joint washout | surgical debridement

concept enzyme-replacement-therapy
  name: Enzyme replacement therapy
  role: treatment
  category: pharmacologic
  # Gaucher disease: enzyme replacement and substrate reduction reduce marrow involvement and
  # bone crises
  terms: enzyme replacement therapy | enzyme replacement | imiglucerase | Cerezyme | velaglucerase
  terms: VPRIV | taliglucerase | Elelyso | substrate reduction therapy | eliglustat | Cerdelga
  terms: miglustat
