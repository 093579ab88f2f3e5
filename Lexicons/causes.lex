# Causes, triggers, risk factors and underlying conditions of bone marrow edema (BME).
#
# Prior role: cause. The text can still make a concept a treatment, a differential or the object
# of another claim; the classifier decides.
#
# Sources for the associations (aetiological classifications and reviews):
#   - Starr et al. 2008, Acta Radiologica: bone marrow edema, pathophysiology, differential
#     diagnosis and imaging (traumatic, degenerative, inflammatory, infectious, ischemic,
#     metabolic/endocrine, neoplastic, iatrogenic groups)
#   - Thiryayi et al. 2008, European Journal of Radiology: histopathology of marrow oedema
#   - Baumbach et al. 2020, Journal of Clinical Medicine: interdisciplinary management of BME
#   - Kon et al. 2016 and the osteoarthritis literature on bone marrow lesions
#   - Radiopaedia "Bone marrow oedema"; Cleveland Clinic "Bone Marrow Edema"; Wikipedia
# Where an item is only linked through an intermediate finding (osteonecrosis, Charcot,
# transient osteoporosis) the comment says so.
#
# Categories: traumatic, degenerative, inflammatory, infectious, ischemic, metabolic,
# neoplastic, iatrogenic, mechanical, neurologic, genetic, other.
#
# Conventions:
#   - Concept ids are stable keys; where the development gold names a concept, the id is that
#     name with spaces as hyphens (ckd-mineral-and-bone-disorder, reduced-microcirculation).
#   - Drug classes are one concept with their member drugs as terms.
#   - Surgery (treatment and cause) and chemotherapy are defined once, in treatments.lex,
#     with `roles: treatment cause`.
#   - Plurals (fractures, injuries), possessives (Charcot's), hyphen/space variants and British
#     spellings are folded by the matcher and need not be listed; irregular plurals must be.
#   - Parenthesised abbreviation definitions ("ACL (anterior cruciate ligament) tears") are
#     skipped by the matcher inside a phrase.

# ---------------------------------------------------------------------------------------------
# Traumatic
# ---------------------------------------------------------------------------------------------

concept fracture
  name: Fracture
  role: cause
  category: traumatic
  terms: fracture | bone fracture | broken bone | fractured bone | acute fracture
  terms: traumatic fracture | occult fracture | trabecular fracture
  terms: tibial plateau fracture | ankle fracture | scaphoid fracture | Segond fracture | wrist fracture
  terms: intra-articular fracture | periarticular fracture | metatarsal fracture | calcaneal fracture
  terms: talar fracture | tibial fracture | femoral fracture | patellar fracture | pelvic fracture
  terms: distal radius fracture | fracture healing | healing fracture | nondisplaced fracture

concept stress-fracture
  name: Stress fracture
  role: cause
  category: traumatic
  terms: stress fracture | fatigue fracture | march fracture | stress reaction
  terms: bone stress reaction | bone stress injury
  terms: tibial stress fracture | metatarsal stress fracture | femoral neck stress fracture
  terms: calcaneal stress fracture | navicular stress fracture | stress-related bone injury | BSI
  terms: stress injury | osseous stress injury | osseous stress reaction | bone stress lesion
  terms: hairline fracture | hairline crack | hairline break | crack in the bone
  terms: small crack in the bone | tiny crack in the bone | stress crack

concept insufficiency-fracture
  name: Insufficiency fracture
  role: cause
  category: traumatic
  terms: insufficiency fracture | sacral insufficiency fracture | pelvic insufficiency fracture
  terms: pseudofracture | Looser zone | insufficiency-type fracture

concept subchondral-insufficiency-fracture
  name: Subchondral insufficiency fracture
  role: cause
  category: traumatic
  terms: subchondral insufficiency fracture | subchondral fracture | subchondral stress fracture
  terms: SIF | SIFK | subchondral insufficiency fracture of the knee
  terms: subchondral insufficiency fracture of the femoral head

concept compression-fracture
  name: Compression fracture
  role: cause
  category: traumatic
  terms: compression fracture | vertebral compression fracture | spinal compression fracture
  terms: vertebral fracture | vertebral body fracture
  terms: spinal fracture | spine fracture | vertebral body collapse | collapsed vertebra

concept osteoporotic-fracture
  name: Osteoporotic fracture
  role: cause
  category: traumatic
  terms: osteoporotic fracture | fragility fracture | low-energy fracture
  terms: osteoporotic vertebral fracture | hip fracture | osteoporotic compression fracture

concept atypical-femoral-fracture
  name: Atypical femoral fracture
  role: cause
  category: traumatic
  # prodromal cortical stress reaction with adjacent marrow edema, linked to long-term
  # bisphosphonate use
  terms: atypical femoral fracture | atypical femur fracture

concept avulsion-fracture
  name: Avulsion fracture
  role: cause
  category: traumatic
  terms: avulsion fracture | avulsion injury

concept bone-contusion
  name: Bone contusion
  role: cause
  category: traumatic
  terms: bone contusion | bone bruise | bone bruising | osseous contusion | trabecular microfracture
  terms: kissing contusion | impaction injury
  terms: microfracture | trabecular microfractures
  terms: trabecular microdamage | microdamage | microcrack
  terms: contusion | bone bruises | bruised bone | deep bone bruise | impaction fracture
  terms: osteochondral impaction | microfracturing | microtrabecular fracture | trabecular damage
  terms: microtrabecular damage | trabecular microcrack | microcracking | microscopic fracture
  terms: tiny fracture | tiny crack | small crack | microscopic crack
  terms: impaction | bony contusion | bone impaction | impaction trauma

concept osteochondral-injury
  name: Osteochondral injury
  role: cause
  category: traumatic
  terms: osteochondral injury | osteochondral lesion | osteochondral defect | osteochondral fracture
  terms: osteochondral damage | osteochondral trauma | talar dome lesion | OLT
  terms: osteochondral lesion of the talus | chondral fracture

concept osteochondritis-dissecans
  name: Osteochondritis dissecans
  role: cause
  category: traumatic
  terms: osteochondritis dissecans | OCD lesion
  terms: osteochondrosis dissecans
  terms: osteochondritis | osteochondral fragment

concept acl-tear
  name: ACL tear
  role: cause
  category: traumatic
  terms: ACL tear | ACL injury | ACL rupture | torn ACL
  terms: anterior cruciate ligament tear | anterior cruciate ligament injury
  terms: anterior cruciate ligament rupture | torn anterior cruciate ligament

concept meniscal-tear
  name: Meniscal tear
  role: cause
  category: traumatic
  terms: meniscal tear | meniscus tear | torn meniscus | meniscal injury | meniscal root tear
  terms: meniscal damage
  terms: damage to the meniscus | meniscus damage | meniscal lesion
  terms: meniscal degeneration | degenerative meniscal tear | meniscal root injury | meniscus injury
  terms: meniscus lesion | meniscal pathology | meniscal deficiency | meniscus root tear
  terms: posterior root tear | meniscal root avulsion
  terms: degenerative meniscus | meniscus degeneration | meniscal insufficiency | meniscal loss
  terms: loss of meniscus | absent meniscus

concept ligament-injury
  name: Ligament injury
  role: cause
  category: traumatic
  terms: ligament injury | ligamentous injury | ligament tear | torn ligament | ligament rupture
  terms: sprain | ankle sprain | collateral ligament injury | MCL tear | PCL tear
  terms: posterior cruciate ligament tear | medial collateral ligament tear
  terms: ligament sprain | ligament damage | cruciate ligament injury | PCL injury | MCL injury
  terms: LCL injury | lateral collateral ligament injury | ligament tear | syndesmosis injury
  terms: high ankle sprain | twisted ankle | rolled ankle | sprained ankle | ligament strain
  terms: Lisfranc injury | turf toe | plantar plate injury | plantar plate tear

concept hip-dislocation
  name: Hip dislocation
  role: cause
  category: traumatic
  terms: hip dislocation | dislocated hip | traumatic hip dislocation

concept patellar-dislocation
  name: Patellar dislocation
  role: cause
  category: traumatic
  terms: patellar dislocation | lateral patellar dislocation | transient patellar dislocation
  terms: dislocated kneecap | patellar subluxation
  terms: transient lateral patellar dislocation | patellofemoral dislocation
  terms: patellar instability | patellofemoral instability | patellar maltracking
  terms: patellofemoral maltracking | patellar malalignment | kneecap dislocation

concept shoulder-dislocation
  name: Shoulder dislocation
  role: cause
  category: traumatic
  terms: shoulder dislocation | dislocated shoulder | glenohumeral dislocation | Hill-Sachs lesion

concept dislocation
  name: Dislocation
  role: cause
  category: traumatic
  terms: dislocation | joint dislocation | dislocated joint | subluxation

concept injury
  name: Injury
  role: cause
  category: traumatic
  terms: injury | trauma | traumatic injury | physical trauma
  terms: post-traumatic | twisting injury | sports injury | accident
  terms: sporting injury | athletic injury | acute injury | acute trauma | major trauma
  terms: minor trauma | high-energy trauma | low-energy trauma | repetitive trauma | traumatic event
  terms: motor vehicle accident | car accident | road traffic accident | traffic accident
  terms: crush injury | twisting | knee injury | ankle injury | hip injury | foot injury
  terms: joint injury | musculoskeletal injury | pivot shift injury | pivot-shift | valgus injury
  terms: hyperextension injury
  # Adjectives that name the cause when they modify the topic ("traumatic BME"): Starr 2008 and
  # Hofmann sort BME into traumatic, ischemic, mechanical, reactive and degenerative forms.
  modifier: traumatic | posttraumatic
  terms: traumatic cause | traumatic factor | trauma-related
  terms: sports trauma | sporting trauma | twisting the knee | twisted knee
  terms: awkward landing | landing awkwardly | bad landing | sports accident | skiing accident
  terms: dashboard injury

# ---------------------------------------------------------------------------------------------
# Mechanical: overuse, overload, altered biomechanics
# ---------------------------------------------------------------------------------------------

concept altered-biomechanics
  name: Altered biomechanics
  role: cause
  category: mechanical
  terms: altered biomechanics | abnormal biomechanics | biomechanical changes
  # wording of the traumatic/mechanical group in the aetiological tables ("changes in
  # stress/biomechanics", e.g. plantar fasciitis, tendinitis)
  terms: changes in stress or biomechanics | changes in biomechanics | altered stress or biomechanics
  terms: altered loading | abnormal loading | abnormal joint loading | altered mechanical forces | abnormal mechanical forces | altered joint mechanics | abnormal mechanical loading
  terms: malalignment | joint malalignment | varus malalignment | valgus malalignment
  terms: genu varum | genu valgum | bow legs | bowlegs | bow-legged | knock knees | knock-kneed
  terms: varus alignment | valgus alignment | varus deformity | valgus deformity | varus knee
  terms: valgus knee | abnormal gait | gait abnormality | altered gait | faulty biomechanics
  terms: poor biomechanics | biomechanical abnormality | biomechanical problem | biomechanical issue
  terms: biomechanical factor | biomechanical imbalance | structural abnormality
  terms: anatomical abnormality | uneven load distribution | uneven loading | asymmetric loading
  terms: joint incongruity | mechanical axis deviation | altered joint mechanics
  terms: abnormal joint mechanics | muscle imbalance | muscle weakness | muscular weakness
  terms: muscle fatigue | muscular fatigue | weak muscles | poor muscle strength
  terms: altered weight bearing | abnormal weight bearing | uneven weight bearing
  terms: asymmetric weight bearing | altered load bearing | abnormal load distribution
  terms: altered load distribution | load shift | shift in load
  terms: misalignment | joint misalignment | limb malalignment | poor alignment | abnormal alignment
  terms: poor joint alignment

concept overuse
  name: Overuse
  role: cause
  category: mechanical
  terms: overuse | overuse injury | overload | overloading | mechanical overload | chronic overload
  terms: repetitive stress | repetitive loading | repetitive microtrauma | microtrauma
  terms: repetitive impact | excessive loading
  terms: stress | bone stress | mechanical stress | biomechanical stress | stress on the bone | repeated loading
  terms: repeated mechanical load | cyclic loading
  terms: repetitive strain | repetitive motion | repetitive movement | repeated impact
  terms: repeated stress | chronic repetitive stress | excessive stress | increased load
  terms: excess load | excessive load | increased loading | axial loading | impact loading
  terms: high-impact loading | mechanical loading | mechanical strain | increased mechanical stress
  terms: abnormal stress | overload injury | overuse syndrome | overuse trauma | cumulative stress
  terms: cumulative microtrauma | chronic stress | repetitive impact loading | repetitive overload
  terms: mechanical overloading | excessive mechanical load | stress overload | mechanical factors
  terms: mechanical cause | biomechanical overload | joint overload | overstress | overstraining
  modifier: mechanical
  terms: joint overloading | overloading of the joint | excessive strain | chronic strain
  terms: bone overload | overloaded bone | bone overloading

concept high-impact-activity
  name: High-impact physical activity
  role: cause
  category: mechanical
  # BME in runners and athletes (stress reaction spectrum)
  terms: high-impact activity | high-impact sport | strenuous exercise | intense physical activity
  terms: long-distance running | marathon running
  terms: excessive exercise | overtraining | military training | repetitive jumping
  terms: high-impact exercise | impact sport | impact activity | high-impact training
  terms: distance running | endurance running | endurance sport | contact sport
  terms: sporting activity | athletic activity | intense training | intensive training
  terms: heavy training | vigorous activity | vigorous exercise | prolonged exercise
  terms: endurance training | marching | prolonged marching | long-distance walking
  terms: prolonged standing | prolonged walking | long periods of standing
  terms: standing for long periods | heavy lifting | heavy physical work | manual labor
  terms: physically demanding work | physically demanding job | excessive activity
  terms: excessive physical activity | overexertion | sports activity
  terms: jumping sports | running sports | jumping sport | running sport
  # bare sport names (running, basketball) are left out: they name people and settings
  # ("a running partner", "a basketball player") far more often than a cause
  terms: road running | trail running | repetitive running | high training volume | high mileage
  terms: too much exercise

concept plantar-fasciitis
  name: Plantar fasciitis
  role: cause
  category: mechanical
  terms: plantar fasciitis | plantar fasciopathy

concept tendinitis
  name: Tendinitis
  role: cause
  category: mechanical
  terms: tendinitis | tendonitis

concept meniscal-extrusion
  name: Meniscal extrusion
  role: cause
  category: mechanical
  # associated with subchondral bone marrow lesions in knee osteoarthritis
  terms: meniscal extrusion | meniscus extrusion

concept femoroacetabular-impingement
  name: Femoroacetabular impingement
  role: cause
  category: mechanical
  terms: femoroacetabular impingement | FAI | hip impingement

concept osteitis-pubis
  name: Osteitis pubis
  role: cause
  category: mechanical
  terms: osteitis pubis | pubic bone stress injury

concept medial-tibial-stress-syndrome
  name: Medial tibial stress syndrome
  role: cause
  category: mechanical
  # periosteal and marrow edema grade the tibial stress injury continuum on MRI
  terms: medial tibial stress syndrome | MTSS | shin splints

concept spondylolysis
  name: Spondylolysis
  role: cause
  category: mechanical
  # pars interarticularis stress reaction: pedicle and pars marrow edema on MRI
  terms: spondylolysis | pars interarticularis stress reaction | pars stress reaction | pars defect
  terms: spondylolisthesis | pars fracture | pars interarticularis fracture
  terms: pars interarticularis defect | lumbar stress fracture

concept ulnar-impaction-syndrome
  name: Ulnar impaction syndrome
  role: cause
  category: mechanical
  terms: ulnar impaction syndrome | ulnocarpal impaction | ulnar abutment syndrome
  terms: ulnar positive variance | positive ulnar variance | ulnar impaction

concept tarsal-coalition
  name: Tarsal coalition
  role: cause
  category: mechanical
  terms: tarsal coalition | calcaneonavicular coalition | talocalcaneal coalition
  terms: coalition | bony coalition

concept accessory-ossicle-syndrome
  name: Painful accessory ossicle
  role: cause
  category: mechanical
  terms: os trigonum syndrome | accessory navicular syndrome | painful accessory navicular
  terms: painful bipartite patella | painful os peroneum syndrome
  terms: bipartite patella | os trigonum | accessory navicular | os peroneum | accessory ossicle

concept apophysitis
  name: Apophysitis
  role: cause
  category: mechanical
  terms: apophysitis | traction apophysitis | calcaneal apophysitis | Sever disease
  terms: Osgood-Schlatter disease | Sinding-Larsen-Johansson syndrome

# ---------------------------------------------------------------------------------------------
# Degenerative
# ---------------------------------------------------------------------------------------------

concept osteoarthritis
  name: Osteoarthritis
  role: cause
  category: degenerative
  terms: osteoarthritis | osteoarthrosis | arthrosis | degenerative joint disease
  terms: degenerative arthritis | wear-and-tear arthritis | OA | gonarthrosis | coxarthrosis
  terms: erosive osteoarthritis | facet joint osteoarthritis | facet arthropathy
  terms: bone-on-bone | knee arthritis | hip arthritis | knee osteoarthrosis | hip osteoarthrosis
  terms: osteoarthritic joint | primary osteoarthritis | secondary osteoarthritis
  terms: post-traumatic arthritis | posttraumatic osteoarthritis | post-traumatic osteoarthritis
  terms: patellofemoral osteoarthritis | tibiofemoral osteoarthritis | early osteoarthritis
  terms: advanced osteoarthritis | end-stage osteoarthritis | OA of the knee | OA of the hip
  terms: osteoarthritic knee | osteoarthritic joint | osteoarthritic hip | arthritic hip
  terms: advanced osteoarthritis | end-stage osteoarthritis

concept arthritis
  name: Arthritis
  role: cause
  category: degenerative
  # generic "arthritis", "arthropathy"; specific forms are their own concepts
  terms: arthritis | arthropathy
  terms: arthritic joint | joint disease | joint disorder

concept tendinopathy
  name: Tendinopathy
  role: cause
  category: degenerative
  terms: tendinopathy | tendinosis | tendon degeneration | insertional tendinopathy
  terms: tendon dysfunction | posterior tibial tendon dysfunction | tendon injury | tendon tear
  terms: rotator cuff tear | rotator cuff injury | rotator cuff tendinopathy | Achilles tendinopathy
  terms: Achilles tendon rupture | Achilles tendinitis | patellar tendinopathy | jumper's knee
  terms: tendon rupture | tendon damage

concept cartilage-damage
  name: Cartilage damage
  role: cause
  category: degenerative
  terms: cartilage damage | damaged cartilage | cartilage loss | cartilage defect | cartilage lesion
  terms: cartilage injury | cartilage degeneration | chondral defect | chondral lesion
  terms: chondral injury | chondromalacia
  terms: cartilage wear | cartilage thinning | cartilage breakdown
  terms: loss of cartilage | chondral damage | chondral wear | cartilage erosion
  terms: cartilage degradation | damaged articular cartilage | articular cartilage damage
  terms: articular cartilage loss | chondral loss | full-thickness cartilage loss
  terms: cartilage fissure | chondral delamination | cartilage tear | cartilage deterioration
  terms: chondropathy | chondrosis

concept modic-changes
  name: Modic changes
  role: cause
  category: degenerative
  terms: Modic change | Modic lesion | Modic type 1 change | Modic type I change
  terms: vertebral endplate change | endplate change
  terms: Modic endplate change | Modic type 1 endplate change | Modic type I endplate change

concept degenerative-disc-disease
  name: Degenerative disc disease
  role: cause
  category: degenerative
  terms: degenerative disc disease | disc degeneration | intervertebral disc degeneration
  terms: spondylosis | cervical spondylosis | lumbar spondylosis | disc disease | degenerated disc
  terms: disc herniation | herniated disc | slipped disc | spinal degeneration
  terms: degenerative spine disease | intervertebral osteochondrosis
  terms: erosive osteochondrosis

# ---------------------------------------------------------------------------------------------
# Inflammatory and autoimmune
# ---------------------------------------------------------------------------------------------

concept rheumatoid-arthritis
  name: Rheumatoid arthritis
  role: cause
  category: inflammatory
  terms: rheumatoid arthritis | RA | rheumatoid disease
  terms: rheumatoid joint disease | seropositive arthritis

concept ankylosing-spondylitis
  name: Ankylosing spondylitis
  role: cause
  category: inflammatory
  terms: ankylosing spondylitis | AS | Bechterew disease | radiographic axial spondyloarthritis

concept axial-spondyloarthritis
  name: Axial spondyloarthritis
  role: cause
  category: inflammatory
  terms: axial spondyloarthritis | axSpA | non-radiographic axial spondyloarthritis | nr-axSpA

concept spondyloarthritis
  name: Spondyloarthritis
  role: cause
  category: inflammatory
  terms: spondyloarthritis | spondyloarthropathy | seronegative spondyloarthropathy
  terms: seronegative spondyloarthritis | peripheral spondyloarthritis
  terms: spondylitis | axial arthritis | inflammatory back pain | spondyloarthritides

concept psoriatic-arthritis
  name: Psoriatic arthritis
  role: cause
  category: inflammatory
  terms: psoriatic arthritis | psoriatic arthropathy | PsA
  terms: psoriatic disease | psoriatic spondyloarthritis

concept psoriasis
  name: Psoriasis
  role: cause
  category: inflammatory
  terms: psoriasis

concept reactive-arthritis
  name: Reactive arthritis
  role: cause
  category: inflammatory
  terms: reactive arthritis | Reiter syndrome

concept enteropathic-arthritis
  name: Enteropathic arthritis
  role: cause
  category: inflammatory
  terms: enteropathic arthritis | enteropathic spondyloarthritis
  terms: inflammatory bowel disease | IBD | Crohn disease | Crohns disease | ulcerative colitis
  terms: IBD-associated arthritis

concept inflammatory-arthropathy
  name: Inflammatory arthropathy
  role: cause
  category: inflammatory
  terms: inflammatory arthropathy | inflammatory arthritis | inflammatory joint disease

concept juvenile-idiopathic-arthritis
  name: Juvenile idiopathic arthritis
  role: cause
  category: inflammatory
  terms: juvenile idiopathic arthritis | JIA | juvenile rheumatoid arthritis | juvenile arthritis

concept systemic-lupus-erythematosus
  name: Systemic lupus erythematosus
  role: cause
  category: inflammatory
  # arthritis and, mostly, steroid-related osteonecrosis
  terms: systemic lupus erythematosus | SLE | lupus
  terms: lupus erythematosus | systemic lupus

concept sacroiliitis
  name: Sacroiliitis
  role: cause
  category: inflammatory
  terms: sacroiliitis | inflammation of the sacroiliac joint | sacroiliac joint inflammation

concept enthesitis
  name: Enthesitis
  role: cause
  category: inflammatory
  terms: enthesitis | enthesopathy | inflammation of the enthesis

concept synovitis
  name: Synovitis
  role: cause
  category: inflammatory
  # co-localises with subchondral bone marrow lesions in osteoarthritis
  terms: synovitis | synovial inflammation | effusion-synovitis

concept chronic-nonbacterial-osteomyelitis
  name: Chronic nonbacterial osteomyelitis
  role: cause
  category: inflammatory
  terms: chronic nonbacterial osteomyelitis | CNO | chronic recurrent multifocal osteomyelitis | CRMO
  terms: SAPHO syndrome | SAPHO

concept inflammation
  name: Inflammation
  role: cause
  category: inflammatory
  terms: inflammation | musculoskeletal inflammation | inflammatory process | inflammatory condition
  terms: chronic inflammation | local inflammation | joint inflammation | bone inflammation
  terms: osteitis | inflammatory change
  terms: inflammatory disease | inflammatory disorder | inflammatory cell infiltration
  terms: inflammatory infiltrate | low-grade inflammation | subchondral inflammation
  terms: synovial inflammation reaction | inflammatory mediators | proinflammatory cytokines
  terms: pro-inflammatory cytokines
  terms: proinflammatory mediators | inflammatory cytokines | inflammatory mediator release
  modifier: inflammatory
  terms: proinflammatory molecule | pro-inflammatory molecule | inflammatory molecule | inflammatory substance
  terms: inflammatory cause | inflammatory factor

concept systemic-chronic-inflammation
  name: Systemic chronic inflammation
  role: cause
  category: inflammatory
  terms: systemic chronic inflammation | chronic systemic inflammation | systemic inflammation

concept autoimmune-disease
  name: Autoimmune disease
  role: cause
  category: inflammatory
  terms: autoimmune disease | autoimmune disorder | autoimmune condition
  terms: immune-mediated disease | immune-mediated inflammatory disease | autoimmunity
  terms: connective tissue disease | collagen vascular disease | autoimmune arthritis
  terms: autoimmune disorders

# ---------------------------------------------------------------------------------------------
# Crystal and deposition diseases
# ---------------------------------------------------------------------------------------------

concept gout
  name: Gout
  role: cause
  category: metabolic
  terms: gout | gouty arthritis | gouty arthropathy
  terms: hyperuricemia | high uric acid | elevated uric acid
  terms: tophaceous gout | tophus | tophi | gouty tophus | gout flare | gout attack

concept calcium-pyrophosphate-deposition-disease
  name: Calcium pyrophosphate deposition disease
  role: cause
  category: metabolic
  terms: calcium pyrophosphate deposition disease | calcium pyrophosphate dihydrate deposition disease
  terms: CPPD | pseudogout | chondrocalcinosis
  terms: calcium pyrophosphate crystals | CPP crystal deposition | CPP deposition disease
  terms: pyrophosphate arthropathy | CPPD disease

concept hydroxyapatite-deposition-disease
  name: Hydroxyapatite deposition disease
  role: cause
  category: metabolic
  terms: hydroxyapatite deposition disease | HADD | calcium hydroxyapatite deposition disease
  terms: basic calcium phosphate deposition disease | calcific tendinitis | calcific tendinopathy
  terms: calcific periarthritis

concept mineral-deposits-in-joints
  name: Mineral deposits in joints
  role: cause
  category: metabolic
  # generic crystal or mineral deposition when no specific disease is named
  terms: mineral deposit | crystal deposit | crystal deposition | crystal deposition disease
  terms: crystal arthropathy | crystal-induced arthritis
  terms: crystal arthritis | crystal disease | crystal-related arthropathy | crystalline arthropathy
  terms: microcrystalline arthritis | crystal-induced inflammation

# ---------------------------------------------------------------------------------------------
# Infectious
# ---------------------------------------------------------------------------------------------

concept infection
  name: Infection
  role: cause
  category: infectious
  terms: infection | bacterial infection | infectious disease | infectious process | sepsis
  terms: fungal infection | viral infection | Staphylococcus aureus | staph infection
  terms: staphylococcal infection | MRSA | postoperative infection | post-operative infection
  terms: surgical site infection | periprosthetic joint infection | prosthetic joint infection | PJI
  terms: brucellosis | fungal osteomyelitis | bacteremia
  terms: septicemia | systemic infection | local infection | infective process | COVID-19
  terms: SARS-CoV-2
  modifier: infectious | infective | septic
  terms: infectious cause | infective cause
  terms: parvovirus | parvovirus B19 | hepatitis C | HCV | cytomegalovirus | viral illness

concept osteomyelitis
  name: Osteomyelitis
  role: cause
  category: infectious
  terms: osteomyelitis | bone infection | acute osteomyelitis | chronic osteomyelitis
  terms: vertebral osteomyelitis | spondylodiscitis | discitis | Brodie abscess
  terms: infective spondylitis | pyogenic spondylitis | subacute osteomyelitis | bone abscess
  terms: pyogenic osteomyelitis | hematogenous osteomyelitis | contiguous osteomyelitis
  terms: infectious osteitis | septic osteitis
  terms: infected bone

concept septic-arthritis
  name: Septic arthritis
  role: cause
  category: infectious
  terms: septic arthritis | infectious arthritis | bacterial arthritis | pyogenic arthritis
  terms: joint infection | septic joint
  terms: infected joint

concept diabetic-foot
  name: Diabetic foot
  role: cause
  category: infectious
  terms: diabetic foot | diabetic foot infection | diabetic foot ulcer | diabetic foot disease
  terms: foot ulcer | diabetic ulcer | neuropathic ulcer | plantar ulcer

concept soft-tissue-infection
  name: Soft tissue infection
  role: cause
  category: infectious
  # reactive marrow edema next to cellulitis, abscess or ulcer without osteomyelitis
  terms: soft tissue infection | cellulitis | abscess

concept tuberculosis
  name: Skeletal tuberculosis
  role: cause
  category: infectious
  terms: tuberculosis | skeletal tuberculosis | spinal tuberculosis | tuberculous spondylitis
  terms: tuberculous osteomyelitis | tuberculous arthritis | Pott disease
  terms: TB | mycobacterial infection | tuberculous infection

concept hiv
  name: HIV infection
  role: cause
  category: infectious
  # risk factor for osteonecrosis
  terms: HIV | HIV infection | human immunodeficiency virus
  terms: AIDS | HIV/AIDS | antiretroviral therapy | highly active antiretroviral therapy | HAART
  terms: ART | protease inhibitor
  terms: antiretroviral drug | antiretroviral medication | HAART
  terms: antiretroviral

# ---------------------------------------------------------------------------------------------
# Ischemic and vascular
# ---------------------------------------------------------------------------------------------

concept avascular-necrosis
  name: Avascular necrosis
  role: cause
  category: ischemic
  terms: avascular necrosis | osteonecrosis | AVN | aseptic necrosis | ischemic necrosis
  terms: bone necrosis | bone death | osteonecrosis of the femoral head | ONFH
  terms: avascular necrosis of the femoral head | femoral head necrosis
  # SONK: now largely regarded as a subchondral insufficiency fracture, kept here by its name
  terms: spontaneous osteonecrosis of the knee | SONK
  terms: osteonecroses | femoral head osteonecrosis | osteonecrosis of the knee
  terms: secondary osteonecrosis | steroid-induced osteonecrosis
  terms: corticosteroid-induced osteonecrosis | idiopathic osteonecrosis
  terms: idiopathic avascular necrosis | atraumatic osteonecrosis | nontraumatic osteonecrosis
  terms: non-traumatic osteonecrosis | medication-related osteonecrosis of the jaw | MRONJ
  terms: osteonecrosis of the jaw | ONJ | Ahlback disease
  terms: precollapse osteonecrosis | avascular necrosis of bone | AVN of the hip | dead bone
  terms: death of bone tissue | bone tissue death | osteocyte death | osteocyte necrosis

concept perthes-disease
  name: Legg-Calve-Perthes disease
  role: cause
  category: ischemic
  terms: Legg-Calve-Perthes disease | Perthes disease | Legg-Calve-Perthes
  terms: Perthes | Calve-Perthes disease | Legg-Calve-Perthes syndrome | Perthes syndrome
  terms: coxa plana

concept kienbock-disease
  name: Kienbock disease
  role: cause
  category: ischemic
  terms: Kienbock disease | lunatomalacia | osteonecrosis of the lunate

concept preiser-disease
  name: Preiser disease
  role: cause
  category: ischemic
  terms: Preiser disease | osteonecrosis of the scaphoid | scaphoid avascular necrosis

concept freiberg-disease
  name: Freiberg disease
  role: cause
  category: ischemic
  terms: Freiberg disease | Freiberg infraction | osteonecrosis of the metatarsal head

concept navicular-osteonecrosis
  name: Navicular osteonecrosis
  role: cause
  category: ischemic
  terms: osteonecrosis of the navicular | Kohler disease | Mueller-Weiss syndrome
  terms: Muller-Weiss syndrome

concept sepsis-related-bone-infarct
  name: Sepsis-related bone infarct
  role: cause
  category: ischemic
  terms: sepsis-related bone infarct | septic bone infarct | bone infarct | bone infarction
  terms: medullary infarct | medullary bone infarct
  terms: bone infarcts | marrow infarction | bone marrow infarction | osteonecrotic infarct

concept reduced-microcirculation
  name: Reduced microcirculation
  role: cause
  category: ischemic
  terms: ischemia | reduced microcirculation | impaired microcirculation | microcirculatory disturbance
  terms: reduced blood flow | impaired blood flow | reduced blood supply | decreased blood supply
  terms: vascular insufficiency | hypoperfusion | venous stasis | venous congestion
  terms: blood supply problem | problem with the blood supply | poor blood supply | lack of blood flow
  terms: ischemic disease | ischemic event | ischemic process
  terms: hypoxia | tissue hypoxia | local hypoxia | impaired perfusion
  terms: reduced perfusion | decreased perfusion | poor perfusion | compromised blood supply
  terms: disrupted blood supply | interrupted blood supply | loss of blood supply
  terms: diminished blood flow | decreased blood flow | restricted blood flow | poor blood flow
  terms: insufficient blood flow | circulatory disturbance | microcirculatory disorder
  terms: impaired circulation | reduced circulation | vascular compromise | vascular impairment
  terms: microvascular compromise | ischemic event
  modifier: ischemic | ischaemic
  terms: ischemic cause | vascular insufficiency
  terms: interrupted blood flow | disrupted blood flow | blocked blood flow | obstructed blood flow
  terms: compromised blood flow | reduced blood circulation

concept thrombophilia
  name: Thrombophilia
  role: cause
  category: ischemic
  # thrombophilia and hypofibrinolysis are reported in osteonecrosis and transient BME syndrome
  terms: thrombophilia | hypercoagulable state | hypercoagulability | hypofibrinolysis
  terms: antiphospholipid syndrome | factor V Leiden
  terms: coagulopathy | clotting disorder | blood clotting disorder | coagulation disorder
  terms: protein C deficiency | protein S deficiency | antithrombin deficiency
  terms: prothrombin mutation | hyperhomocysteinemia | elevated homocysteine | hypercoagulation
  terms: hyperviscosity
  terms: polycythemia | polycythemia vera
  terms: essential thrombocythemia | hypercoagulable disorder
  terms: lupus anticoagulant

concept sickle-cell-anemia
  name: Sickle cell anemia
  role: cause
  category: ischemic
  terms: sickle cell anemia | sickle cell disease | sickle cell crisis | vaso-occlusive crisis
  terms: sickle cell beta thalassemia | hemoglobin SC disease
  terms: hemoglobinopathy | sickle cell | sickle-cell | sickle cell trait | HbSS | HbSC
  terms: thalassemia | beta thalassemia | thalassemia major

concept caisson-disease
  name: Caisson disease
  role: cause
  category: ischemic
  terms: caisson disease | decompression sickness | decompression illness | dysbaric osteonecrosis
  terms: scuba diving | deep-sea diving | diving accident | nitrogen bubbles
  terms: diving | deep diving | the bends | barotrauma | dysbarism | compressed air work

# ---------------------------------------------------------------------------------------------
# Neurologic and neurovascular
# ---------------------------------------------------------------------------------------------

concept complex-regional-pain-syndrome
  name: Complex regional pain syndrome
  role: cause
  category: neurologic
  terms: complex regional pain syndrome | CRPS | reflex sympathetic dystrophy | RSD
  terms: algodystrophy | algoneurodystrophy | causalgia
  terms: Sudeck atrophy | Sudeck bone atrophy | Sudeck atrophy of bone | Sudeck dystrophy
  terms: Sudeck syndrome | Sudeck disease
  # frequent misspelling of Sudeck
  terms: Sudek atrophy | Sudek atrophy of bone
  terms: complex regional pain syndrome type 1 | CRPS type I | CRPS type 1 | CRPS I | CRPS-I
  terms: reflex sympathetic dystrophy syndrome | RSDS | Sudeck's atrophy | shoulder-hand syndrome
  terms: post-traumatic dystrophy | algodystrophic syndrome
  terms: chronic regional pain syndrome
  terms: Sudeck | Sudeck dystrophy | Sudeck disease

concept charcot-foot
  name: Charcot foot
  role: cause
  category: neurologic
  terms: Charcot foot | Charcot arthropathy | Charcot neuroarthropathy | Charcot joint
  terms: Charcot neuro-osteoarthropathy | neuropathic arthropathy | neuropathic osteoarthropathy
  terms: neuroarthropathy
  terms: diabetic neuroarthropathy | neuropathic joint | neuropathic foot | Charcot disease
  modifier: neuropathic | neurogenic

# ---------------------------------------------------------------------------------------------
# Metabolic and endocrine
# ---------------------------------------------------------------------------------------------

concept osteoporosis
  name: Osteoporosis
  role: cause
  category: metabolic
  terms: osteoporosis | postmenopausal osteoporosis
  terms: bone loss | bone thinning | brittle bones | weak bones | fragile bones | thin bones
  terms: senile osteoporosis | secondary osteoporosis | osteoporotic bone
  terms: decreased bone strength | poor bone quality | reduced bone quality | weakened bone
  terms: bone fragility | bone weakness
  terms: glucocorticoid-induced osteoporosis | steroid-induced osteoporosis
  terms: idiopathic osteoporosis | male osteoporosis
  modifier: osteoporotic

concept transient-osteoporosis
  name: Transient osteoporosis
  role: cause
  category: metabolic
  # part of the BME syndrome spectrum; named as a cause or equivalent in most sources
  terms: transient osteoporosis | transient local osteoporosis | transient regional osteoporosis
  terms: transient osteoporosis of the hip | TOH | transient osteoporosis of pregnancy
  terms: regional migratory osteoporosis | migratory osteoporosis | RMO
  terms: transient osteoporosis of the knee | transient osteoporosis of the ankle
  terms: migratory transient osteoporosis | transient regional osteoporosis of the hip
  terms: transient hip osteoporosis | regional transient osteoporosis

concept osteomalacia
  name: Osteomalacia
  role: cause
  category: metabolic
  terms: osteomalacia | rickets
  terms: hypophosphatemia | phosphate deficiency | low phosphate | hypophosphatemic osteomalacia
  terms: X-linked hypophosphatemia | tumor-induced osteomalacia | oncogenic osteomalacia

concept vitamin-d-deficiency
  name: Vitamin D deficiency
  role: cause
  category: metabolic
  terms: vitamin D deficiency | vitamin D insufficiency | low vitamin D | hypovitaminosis D
  terms: lack of vitamin D | vitamin D deficit
  terms: low vitamin D level | low vitamin D levels | low levels of vitamin D
  terms: vitamin D deficient | deficiency of vitamin D | inadequate vitamin D
  terms: poor vitamin D status | reduced vitamin D | vitamin deficiency

concept scurvy
  name: Scurvy
  role: cause
  category: metabolic
  terms: scurvy | vitamin C deficiency

concept cushing-syndrome
  name: Cushing syndrome
  role: cause
  category: metabolic
  terms: Cushing syndrome | Cushing disease | hypercortisolism
  terms: steroid excess | high cortisol | excess cortisol | endogenous hypercortisolism
  terms: Cushing's | Cushing's syndrome | Cushing's disease | cortisol excess

concept hyperparathyroidism
  name: Hyperparathyroidism
  role: cause
  category: metabolic
  terms: hyperparathyroidism | primary hyperparathyroidism | secondary hyperparathyroidism
  terms: overactive parathyroid | overactive parathyroid gland | parathyroid adenoma
  terms: tertiary hyperparathyroidism | high parathyroid hormone | excess parathyroid hormone

concept mastocytosis
  name: Mastocytosis
  role: cause
  category: metabolic
  terms: mastocytosis | systemic mastocytosis | mast cell disease

concept ckd-mineral-and-bone-disorder
  name: CKD-mineral and bone disorder
  role: cause
  category: metabolic
  terms: chronic kidney disease-mineral and bone disorder | CKD-MBD | renal osteodystrophy
  terms: mineral and bone disorder due to chronic kidney disease
  terms: mineral and bone disorder in chronic kidney disease

concept chronic-kidney-disease
  name: Chronic kidney disease
  role: cause
  category: metabolic
  terms: chronic kidney disease | CKD | chronic renal failure | chronic renal insufficiency
  terms: end-stage renal disease | ESRD | kidney failure | renal failure
  terms: dialysis | hemodialysis | long-term dialysis | kidney disease | renal disease
  terms: renal insufficiency | kidney problems | renal impairment | impaired kidney function
  terms: peritoneal dialysis

concept hyperlipidemia
  name: Hyperlipidemia
  role: cause
  category: metabolic
  terms: hyperlipidemia | high cholesterol | hypercholesterolemia | dyslipidemia
  terms: hypertriglyceridemia | high triglycerides | elevated cholesterol
  terms: lipid disorder | lipid metabolism disorder | disorder of lipid metabolism | elevated lipids
  terms: high blood lipids | hyperlipoproteinemia | raised cholesterol

concept diabetes
  name: Diabetes mellitus
  role: cause
  category: metabolic
  # through neuropathy (Charcot), foot infection and osteonecrosis
  terms: diabetes | diabetes mellitus | type 1 diabetes | type 2 diabetes
  terms: diabetic patient | diabetes type 2 | diabetes type 1 | type II diabetes
  terms: type I diabetes | T2DM | T1DM | poorly controlled diabetes | uncontrolled diabetes
  terms: hyperglycemia | insulin resistance
  terms: high blood sugar | diabetic

concept obesity
  name: Obesity
  role: cause
  category: metabolic
  # risk factor for bone marrow lesions in knee osteoarthritis
  terms: obesity | overweight | excess body weight | high body mass index | high BMI
  terms: excess weight | being overweight | high body weight | increased body weight
  terms: excessive weight | excessive body weight | weight gain | morbid obesity | obese

# ---------------------------------------------------------------------------------------------
# Genetic and storage disorders
# ---------------------------------------------------------------------------------------------

concept gaucher-disease
  name: Gaucher disease
  role: cause
  category: genetic
  terms: Gaucher disease | Gaucher bone crisis
  terms: Gaucher | type 1 Gaucher disease | glucocerebrosidase deficiency
  terms: lysosomal storage disease | lysosomal storage disorder | Niemann-Pick disease

concept hemochromatosis
  name: Hemochromatosis
  role: cause
  category: genetic
  terms: hemochromatosis | hereditary hemochromatosis | hemochromatosis arthropathy
  terms: iron overload | hemosiderosis | transfusional iron overload | iron storage disease
  terms: excess iron

concept hypophosphatasia
  name: Hypophosphatasia
  role: cause
  category: genetic
  terms: hypophosphatasia

# ---------------------------------------------------------------------------------------------
# Neoplastic
# ---------------------------------------------------------------------------------------------

concept cancer
  name: Cancer
  role: cause
  category: neoplastic
  terms: cancer | malignancy | malignant disease | cancerous condition | neoplasm | neoplastic disease
  terms: tumor | malignant tumor | carcinoma | sarcoma
  terms: malignant lesion | tumor infiltration | cancerous tumor | malignant neoplasm | solid tumor
  terms: breast cancer | prostate cancer | lung cancer | kidney cancer | renal cell carcinoma
  terms: thyroid cancer | neoplasia | oncologic disease
  modifier: neoplastic | malignant
  terms: neoplastic cause | tumorous cause | tumor-related

concept bone-cancer
  name: Bone cancer
  role: cause
  category: neoplastic
  terms: bone cancer | primary bone cancer | bone tumor | primary bone tumor | malignant bone tumor
  terms: bone sarcoma | bone neoplasm
  terms: benign bone tumor | benign tumor | tumorous lesion | tumor-like lesion | enchondroma
  terms: chondroma | osteochondroma | fibrous dysplasia | bone cyst | aneurysmal bone cyst
  terms: unicameral bone cyst | simple bone cyst | intraosseous ganglion | non-ossifying fibroma

concept bone-metastasis
  name: Bone metastasis
  role: cause
  category: neoplastic
  terms: bone metastasis | bone metastases | skeletal metastasis | skeletal metastases
  terms: osseous metastasis | osseous metastases | metastatic bone disease | metastatic disease
  terms: metastasis | metastases | bone secondaries
  terms: cancer that has spread to the bone | cancer that has spread to the bones | secondary bone cancer
  terms: metastatic cancer | metastatic tumor | metastatic lesion | metastatic deposit
  terms: bone metastatic disease | osteoblastic metastasis | osteolytic metastasis
  terms: spread of cancer | cancer spread

concept acute-myeloid-leukemia
  name: Acute myeloid leukemia
  role: cause
  category: neoplastic
  terms: acute myeloid leukemia | AML | acute myelogenous leukemia | acute myeloblastic leukemia
  terms: acute nonlymphocytic leukemia

concept leukemia
  name: Leukemia
  role: cause
  category: neoplastic
  terms: leukemia | acute lymphoblastic leukemia | acute lymphocytic leukemia
  terms: chronic lymphocytic leukemia | CLL | chronic myeloid leukemia | CML
  terms: myeloproliferative neoplasm | myeloproliferative disorder | myelodysplastic syndrome | MDS
  terms: hematologic malignancy | hematological malignancy | blood cancer

concept lymphoma
  name: Lymphoma
  role: cause
  category: neoplastic
  terms: lymphoma | non-Hodgkin lymphoma | Hodgkin lymphoma | primary bone lymphoma

concept multiple-myeloma
  name: Multiple myeloma
  role: cause
  category: neoplastic
  terms: multiple myeloma | myeloma | plasma cell myeloma
  terms: plasmacytoma | plasma cell disorder | plasma cell neoplasm

concept chondrosarcoma
  name: Chondrosarcoma
  role: cause
  category: neoplastic
  terms: chondrosarcoma

concept ewing-sarcoma
  name: Ewing sarcoma
  role: cause
  category: neoplastic
  terms: Ewing sarcoma | Ewing tumor | Ewing sarcoma family of tumors

concept osteosarcoma
  name: Osteosarcoma
  role: cause
  category: neoplastic
  terms: osteosarcoma | osteogenic sarcoma

concept osteoid-osteoma
  name: Osteoid osteoma
  role: cause
  category: neoplastic
  terms: osteoid osteoma

concept osteoblastoma
  name: Osteoblastoma
  role: cause
  category: neoplastic
  terms: osteoblastoma

concept chondroblastoma
  name: Chondroblastoma
  role: cause
  category: neoplastic
  terms: chondroblastoma

concept giant-cell-tumor
  name: Giant cell tumor of bone
  role: cause
  category: neoplastic
  terms: giant cell tumor | giant cell tumor of bone | osteoclastoma

concept langerhans-cell-histiocytosis
  name: Langerhans cell histiocytosis
  role: cause
  category: neoplastic
  terms: Langerhans cell histiocytosis | LCH | eosinophilic granuloma

concept tenosynovial-giant-cell-tumor
  name: Tenosynovial giant cell tumor
  role: cause
  category: neoplastic
  terms: tenosynovial giant cell tumor | pigmented villonodular synovitis | PVNS

# ---------------------------------------------------------------------------------------------
# Iatrogenic: drugs, radiotherapy, procedures (surgery and chemotherapy: see treatments.lex)
# ---------------------------------------------------------------------------------------------

concept radiation-therapy
  name: Radiation therapy
  role: cause
  category: iatrogenic
  terms: radiation therapy | radiotherapy | radiation treatment | radiation | irradiation
  terms: post-radiotherapy | post-radiation | radiation-induced
  terms: radiation exposure | radiation injury | radiation osteitis | osteoradionecrosis
  terms: radiotherapy-induced | radiation-induced bone injury | radiation treatment of cancer
  terms: radiation necrosis

concept glucocorticoid
  name: Glucocorticoids
  # A cause when taken long term; a short course relieves the pain of some BMES (Baumbach 2020).
  roles: cause treatment
  category: iatrogenic
  terms: glucocorticoid | glucocorticoid therapy | corticosteroid | corticosteroid therapy
  terms: corticosteroid use | long-term corticosteroid use | steroid therapy | steroid use
  terms: long-term steroid use | prednisone | prednisolone
  terms: steroids | steroid tablets | oral steroids | prednisone | prednisolone | high-dose steroids
  terms: cortisone | dexamethasone | methylprednisolone | hydrocortisone | steroid medication
  terms: corticosteroid medication | systemic corticosteroid | systemic steroid
  terms: systemic glucocorticoid | glucocorticoid use | glucocorticoid treatment
  terms: corticosteroid treatment | steroid treatment | high-dose corticosteroid
  terms: high-dose glucocorticoid | cortisone therapy | cortisone treatment | long-term cortisone
  terms: steroid-induced | corticosteroid-induced | glucocorticoid-induced | oral corticosteroid
  terms: inhaled corticosteroid | steroid | corticoid | corticoids
  terms: pulse steroid | steroid pulse | methylprednisolone pulse | pulse corticosteroid

concept immunosuppressive-medication
  name: Immunosuppressive medication
  role: cause
  category: iatrogenic
  terms: immunosuppressive medication | immunosuppressive drug | immunosuppressive agent
  terms: immunosuppressive therapy | immunosuppressant | immunosuppression
  terms: medications with immunosuppressive effects | drugs with immunosuppressive effects
  terms: mycophenolate | mycophenolate mofetil | azathioprine | sirolimus | everolimus
  terms: mTOR inhibitor | immunosuppressive treatment | immune-suppressing drug | immunosuppressed

concept cyclosporine
  name: Cyclosporine
  role: cause
  category: iatrogenic
  terms: cyclosporine | cyclosporin | ciclosporin

concept calcineurin-inhibitor
  name: Calcineurin inhibitor
  role: cause
  category: iatrogenic
  terms: calcineurin inhibitor | tacrolimus

concept calcineurin-inhibitor-induced-pain-syndrome
  name: Calcineurin inhibitor-induced pain syndrome
  role: cause
  category: iatrogenic
  terms: calcineurin inhibitor-induced pain syndrome | calcineurin inhibitor pain syndrome | CIPS

concept cytostatic-drugs
  name: Cytostatic drugs
  role: cause
  category: iatrogenic
  terms: cytostatic | cytostatic drug | cytostatic agent | cytostatic therapy
  terms: asparaginase | L-asparaginase | pegaspargase | cytotoxic drug | cytotoxic therapy
  terms: cytotoxic chemotherapy | antineoplastic drug | antineoplastic agent | anticancer drug
  terms: methotrexate toxicity

concept organ-transplantation
  name: Organ transplantation
  role: cause
  category: iatrogenic
  terms: organ transplantation | organ transplant | solid organ transplant | kidney transplant
  terms: kidney transplantation | renal transplantation | liver transplant | liver transplantation
  terms: heart transplant | lung transplant | heart transplantation | lung transplantation
  terms: transplant recipient | transplantation | organ transplant recipient
  terms: allogeneic transplantation

concept meniscectomy
  name: Meniscectomy
  role: cause
  category: iatrogenic
  # post-meniscectomy subchondral insufficiency fracture and post-arthroscopic osteonecrosis
  terms: meniscectomy | partial meniscectomy | arthroscopic meniscectomy

# ---------------------------------------------------------------------------------------------
# Other risk factors
# ---------------------------------------------------------------------------------------------

concept pregnancy
  name: Pregnancy
  role: cause
  category: other
  # transient osteoporosis / BME syndrome of late pregnancy
  terms: pregnancy | late pregnancy
  terms: third trimester | pregnant
  terms: postpartum | post-partum | childbirth | pregnancy-associated | pregnancy-related
  terms: last trimester | late-stage pregnancy | peripartum | puerperium | postnatal

concept alcohol-abuse
  name: Alcohol abuse
  role: cause
  category: other
  # risk factor for osteonecrosis
  terms: alcohol abuse | alcoholism | alcohol use disorder | excessive alcohol consumption
  terms: excessive alcohol use | heavy drinking | heavy alcohol use
  terms: heavy drinking | heavy alcohol use | drink a lot of alcohol | drinking a lot of alcohol | drinking too much alcohol | high alcohol intake
  terms: alcohol | alcohol consumption | alcohol intake | alcohol use | chronic alcohol use
  terms: chronic alcohol consumption | drinking alcohol | alcohol misuse | excessive drinking
  terms: alcoholic | ethanol abuse | heavy alcohol consumption | alcohol dependence
  terms: drinking heavily | binge drinking | heavy drinker | alcohol excess | excess alcohol
  terms: alcohol overuse

concept smoking
  name: Smoking
  role: cause
  category: other
  terms: smoking | cigarette smoking | tobacco use | smoker
  terms: smoke | smokers | tobacco smoking
  terms: nicotine | nicotine use | tobacco | cigarette | cigarettes | heavy smoking
  terms: smoking history | vaping

# Low bone mass: a risk factor for insufficiency and stress injuries of bone, which show as
# marrow edema (sports-medicine and metabolic bone literature).
concept osteopenia
  name: Low bone density
  category: metabolic
  terms: osteopenia | low bone density | low bone mass | low bone mineral density | reduced bone density
  terms: decreased bone density | decreased bone mass | low bone mineral content
  terms: bone demineralization | demineralization | regional osteopenia
  terms: decreased bone mineral density

# Microvascular thrombosis and venous congestion: proposed mechanisms of bone marrow edema
# syndrome (Baumbach et al. 2020; Starr et al. 2008).
concept microthrombosis
  name: Microthrombosis
  category: ischemic
  terms: microthrombosis | microthrombi | micro-thrombosis | tiny blood clots | small blood clots

concept venous-congestion
  name: Venous congestion
  category: ischemic
  terms: venous outflow obstruction | impaired venous drainage | venous hypertension of bone
  terms: intraosseous venous stasis
  terms: venous outflow | obstruction of venous outflow | venous outflow disturbance
  terms: vascular congestion
  terms: venous hypertension | venous stasis of bone | venous congestion of bone
  terms: poor venous drainage | reduced venous drainage | disturbed venous drainage
  terms: impaired venous return | venous drainage disorder | venous drainage impairment
  terms: blocked venous drainage | obstructed venous drainage | venous outflow blockage
  terms: venous drainage problem | problem with venous drainage
  terms: poor drainage of blood from the bone

# Bone stress injury in athletes: low energy availability (RED-S) and menstrual dysfunction are
# established risk factors (IOC consensus on RED-S; Warden et al. on bone stress injuries).
concept low-energy-availability
  name: Low energy availability
  category: metabolic
  terms: low energy availability | relative energy deficiency in sport | RED-S | energy deficiency
  terms: female athlete triad | disordered eating
  terms: caloric deprivation | calorie deprivation | caloric restriction | calorie restriction
  terms: insufficient caloric intake | underfueling
  terms: anorexia nervosa | anorexia | eating disorder | bulimia | low body weight | underweight
  terms: low BMI | energy imbalance | low calorie intake | inadequate energy intake
  terms: inadequate caloric intake | athlete triad

concept menstrual-dysfunction
  name: Menstrual dysfunction
  category: metabolic
  terms: menstrual dysfunction | amenorrhea | amenorrhoea | irregular periods | missed periods
  terms: oligomenorrhea
  terms: menstrual irregularity | menstrual disturbance | absent periods | hypothalamic amenorrhea
  terms: secondary amenorrhea | oligomenorrhoea | irregular menstruation | irregular menstrual cycle

concept prior-stress-fracture
  name: Previous stress fracture
  category: mechanical
  terms: previous stress fracture | prior stress fracture | history of stress fracture
  terms: history of stress fractures | previous bone stress injury

# ---------------------------------------------------------------------------------------------
# Tissue-level findings, vascular mechanisms and general categories
# ---------------------------------------------------------------------------------------------
# What the lesion is made of, and the mechanisms the reviews name as its substrate: histology of
# MRI "edema" (Zanetti et al. 2000, Radiology: necrosis, fibrosis, trabecular abnormalities,
# bleeding, remodelling; Thiryayi et al. 2008), the vascular theories of the syndrome (Hofmann
# et al.; Starr et al. 2008; Baumbach et al. 2020: hyperaemia, capillary leakage, raised
# intraosseous pressure, arterial and venous obstruction, thromboembolism), and the broad
# groups of the aetiology tables (degenerative, rheumatic, musculoskeletal).

concept degenerative-changes
  name: Degenerative changes
  role: cause
  category: group
  terms: degenerative changes | degenerative change | degeneration | degenerative disease
  terms: degenerative process
  terms: joint degeneration | age-related degeneration
  terms: age-related changes | degenerative joint changes | joint wear
  terms: arthritic change | osteoarthritic change | degenerative lesion | degenerative disorder
  terms: degenerative condition | degenerative arthropathy | chronic degeneration
  modifier: degenerative
  terms: wear and tear of the joint | age-related wear
  terms: joint wear and tear | degenerative process of the joint
  terms: degenerative cause | degenerative factor

concept bone-damage
  name: Bone damage
  role: cause
  category: traumatic
  terms: bone damage | damage to the bone | bone injury | trabecular injury | trabecular bone injury
  terms: damage to the subchondral bone | subchondral bone damage | subchondral damage
  terms: bone trauma | osseous injury | osseous trauma | bony injury | bone lesion from injury

concept subchondral-defect
  name: Subchondral bone defect
  role: cause
  category: degenerative
  terms: subchondral defect | subchondral bone defect | defect in the subchondral bone

concept necrosis
  name: Necrosis
  role: cause
  category: ischemic
  terms: necrosis | marrow necrosis | bone marrow necrosis | tissue necrosis | fat necrosis

concept fibrosis
  name: Fibrosis
  role: cause
  category: tissue
  terms: fibrosis | marrow fibrosis
  terms: fibrous tissue | fibrovascular tissue | fibrotic tissue | bone marrow fibrosis
  terms: myelofibrosis | fibrous replacement

concept bone-remodeling
  name: Increased bone remodeling
  role: cause
  category: metabolic
  terms: bone remodeling | remodeling | increased remodeling | increased bone remodeling
  terms: bone turnover | increased bone turnover | high bone turnover | accelerated bone turnover
  terms: bone resorption | osteoclast activity | increased osteoclast activity
  terms: osteoclastic activity | osteoclastic resorption | increased bone resorption
  terms: remodeling process | altered bone remodeling | abnormal bone remodeling
  terms: reparative process | repair process | reparative response | healing response
  terms: trabecular remodeling | subchondral remodeling | subchondral bone remodeling

concept bleeding
  name: Bleeding
  role: cause
  category: traumatic
  terms: bleeding | hemorrhage | intraosseous hemorrhage | intraosseous bleeding | hematoma
  terms: intraosseous hematoma | bleeding into the bone
  terms: microhemorrhage | microbleeding | marrow hemorrhage | extravasated blood
  terms: joint bleeding

concept hyperemia
  name: Hyperemia
  role: cause
  category: vascular
  terms: hyperemia | hyperemic
  terms: increased vascularity | hypervascularity
  terms: increased blood flow | increased perfusion | hyperperfusion | vasodilation | vasodilatation

concept capillary-leakage
  name: Capillary leakage
  role: cause
  category: vascular
  terms: capillary leakage | capillary leak | increased capillary permeability | vascular leakage
  terms: leaky capillaries
  terms: capillary hyperpermeability | vascular hyperpermeability | increased vascular permeability
  terms: increased permeability | fluid leakage | leakage of fluid | plasma leakage | extravasation
  terms: interstitial fluid accumulation | fluid extravasation

concept increased-intraosseous-pressure
  name: Increased intraosseous pressure
  role: cause
  category: vascular
  terms: increased intraosseous pressure | raised intraosseous pressure | elevated intraosseous pressure
  terms: intraosseous hypertension | intraosseous pressure | increased intramedullary pressure
  terms: intramedullary pressure | increased intravascular pressure | raised intravascular pressure
  terms: intraosseous hypertension | raised bone pressure | increased bone pressure
  terms: increased pressure within the bone | elevated marrow pressure
  terms: compartment syndrome of bone
  terms: increased pressure inside the bone | raised pressure in the bone
  terms: high pressure within the bone | pressure build-up in the bone
  terms: build-up of pressure in the bone

concept arterial-inflow-obstruction
  name: Arterial inflow obstruction
  role: cause
  category: ischemic
  terms: arterial inflow obstruction | obstruction of arterial inflow | obstruction of arteriolar inflow
  terms: arteriolar inflow obstruction | arterial occlusion | arterial insufficiency

concept thromboembolism
  name: Thromboembolism
  role: cause
  category: ischemic
  terms: thromboembolism | thromboembolic event | thrombosis | embolism | fat embolism
  terms: blood clot | clot | deep vein thrombosis | DVT | venous thrombosis | thrombus
  terms: intravascular coagulation | intravascular thrombosis | vascular occlusion | vaso-occlusion
  terms: vessel occlusion | lipid embolism | fat emboli | emboli

concept rheumatic-disease
  name: Rheumatic disease
  role: cause
  category: group
  terms: rheumatic disease | rheumatic condition | rheumatic disorder | rheumatologic condition
  terms: rheumatologic disease | rheumatological condition | rheumatological disease
  terms: rheumatological disorder | rheumatism | rheumatic disorders | rheumatologic disorder
  terms: inflammatory rheumatic disease | inflammatory rheumatic condition

concept musculoskeletal-disorder
  name: Musculoskeletal disorder
  role: cause
  category: group
  terms: musculoskeletal disorder | musculoskeletal condition | musculoskeletal disease
  terms: musculoskeletal problem | orthopedic condition | orthopedic problem

concept impingement
  name: Impingement
  role: cause
  category: mechanical
  terms: impingement | impingement syndrome | ankle impingement | anterior ankle impingement
  terms: posterior ankle impingement | anterolateral impingement

concept direct-impact
  name: Direct impact
  role: cause
  category: traumatic
  terms: direct impact | direct blow | blunt trauma | impact injury | direct trauma | collision
  terms: blow to the knee | direct blow to the knee | blow to the joint

concept fall
  name: Fall
  role: cause
  category: traumatic
  terms: fall | falling | fall from a height

# ---------------------------------------------------------------------------------------------
# Training, equipment and nutrition in athletes
# ---------------------------------------------------------------------------------------------
# Risk factors of bone stress injury that the sports-medicine literature and patient pages name
# (Warden et al. 2014, Curr Osteoporos Rep; Kiel & Kaiser 2021; Mayo Clinic "Stress fractures":
# a sudden increase in activity, improper technique, a change of surface, improper footwear,
# poor nutrition).

concept training-error
  name: Training error
  role: cause
  category: mechanical
  terms: training error | training change | change in training | training regime | training regimen
  terms: training schedule | training load | sudden increase in activity | rapid increase in activity
  terms: increase in activity | sudden increase in training | rapid increase in training
  terms: increase in training volume | too much too soon
  terms: change in activity level | sudden change in activity | new activity | new exercise
  terms: new sport | sudden increase in exercise | increased training | increase in mileage

concept poor-technique
  name: Poor technique
  role: cause
  category: mechanical
  terms: poor technique | improper technique | bad technique | faulty technique | poor running form

concept footwear
  name: Footwear
  # Improper shoes load the bone; good ones are part of the treatment.
  roles: cause treatment
  category: mechanical
  terms: footwear | improper footwear | inappropriate footwear | poor footwear | worn-out shoes
  terms: choice of footwear | supportive footwear | supportive shoes | cushioned shoes
  terms: unsupportive footwear | unsupportive shoes | worn shoes | old shoes | worn-out footwear
  terms: high heels | high-heeled shoes | ill-fitting shoes | poorly fitting shoes
  terms: inadequate footwear | improper shoes | inappropriate shoes | unsuitable footwear
  terms: minimalist shoes | barefoot running | shoes
  terms: shock-absorbing footwear | shock-absorbing shoes | cushioned footwear | orthopedic shoes | running shoes | proper footwear | appropriate footwear | well-fitting shoes | supportive running shoes
  terms: footwear modification | good shoes | well-cushioned shoes | sturdy shoes | change of footwear

concept diet
  name: Diet
  # Poor nutrition is a risk factor; a balanced diet supports healing.
  roles: cause treatment
  category: metabolic
  terms: diet | poor diet | poor nutrition | inadequate nutrition | malnutrition | low calcium intake
  terms: nutritional deficiency | nutrient deficiency | calcium deficiency | lack of calcium
  terms: inadequate calcium intake | insufficient calcium intake | low calcium | hypocalcemia
  terms: undernutrition | unhealthy diet | poor dietary habits | low protein intake
  terms: mineral deficiency

# The groups of the aetiology tables (Starr et al. 2008; Hofmann et al.; Patel 2014, "Bone marrow
# edema: a review"): a text that names a group ("metabolic disorders") names a cause. Category
# `group`: a heading that names one is a label over the causes listed under it, not a claim.

concept metabolic-disorder
  name: Metabolic disorder
  role: cause
  category: group
  terms: metabolic disorder | metabolic disease | metabolic bone disease | metabolic derangement
  terms: metabolic cause | metabolic factors | metabolic condition | metabolic abnormality
  terms: metabolic bone disorder | bone metabolism disorder | disorder of bone metabolism
  terms: metabolic imbalance | metabolic disturbance
  modifier: metabolic

concept endocrine-disorder
  name: Endocrine disorder
  role: cause
  category: group
  terms: endocrine disorder | endocrine disease | hormonal disorder | hormonal imbalance
  terms: hormonal changes | hormonal factors | hormonal fluctuations | hormone imbalance
  terms: endocrinopathy | endocrine cause | endocrine condition | endocrine abnormality
  terms: hormonal cause | hormonal influences
  modifier: endocrine
  terms: acromegaly | growth hormone excess | adrenal insufficiency

concept vascular-disorder
  name: Vascular disorder
  role: cause
  category: group
  terms: vascular disorder | vascular disease | circulatory disorder | circulation problems
  terms: poor circulation | vascular problem
  terms: vascular cause | vascular factors | vascular pathology | vascular dysfunction
  terms: vascular condition | blood vessel disease | blood vessel disorder | vascular abnormality
  modifier: vascular

# Further causes named by the reviews and patient pages above.

concept joint-instability
  name: Joint instability
  role: cause
  category: mechanical
  terms: joint instability | ligamentous instability | instability | ligament laxity | joint laxity
  terms: chronic instability | ankle instability | chronic ankle instability | knee instability
  terms: hypermobility | joint hypermobility | ligamentous laxity

concept sarcoidosis
  name: Sarcoidosis
  role: cause
  category: inflammatory
  terms: sarcoidosis | skeletal sarcoidosis | osseous sarcoidosis

concept paget-disease
  name: Paget disease of bone
  role: cause
  category: metabolic
  terms: Paget disease | Paget disease of bone | osteitis deformans

concept hemophilia
  name: Hemophilia
  role: cause
  category: other
  terms: hemophilia | hemophilic arthropathy

concept thyroid-disease
  name: Thyroid disease
  role: cause
  category: metabolic
  terms: thyroid disease | hyperthyroidism | hypothyroidism | thyroid disorder
  terms: Graves disease | thyrotoxicosis | overactive thyroid | underactive thyroid
  terms: thyroid dysfunction | thyroid problem

concept lyme-disease
  name: Lyme disease
  role: cause
  category: infectious
  terms: Lyme disease | Lyme arthritis | Lyme borreliosis
  terms: Borrelia | Borrelia burgdorferi | tick-borne infection

concept lactation
  name: Lactation
  role: cause
  category: other
  # transient osteoporosis of pregnancy and lactation
  terms: lactation | breastfeeding | breast-feeding
  terms: breast feeding | lactating

# ---------------------------------------------------------------------------------------------
# Added from the aetiology literature (review tables and hospital patient pages: Starr 2008,
# Baumbach 2020, Kon 2016, sports-medicine reviews of bone stress injury, CRPS and osteonecrosis
# reviews): risk factors and groups that the concepts above did not hold.
# ---------------------------------------------------------------------------------------------

concept foot-deformity
  name: Foot deformity
  role: cause
  category: mechanical
  # foot posture alters load distribution: stress reactions of the metatarsals and tarsals
  terms: foot deformity | flat feet | flat foot | flatfoot | pes planus | fallen arches
  terms: pes cavus | cavus foot | high arches | high-arched foot | high-arched feet
  terms: overpronation | excessive pronation | hyperpronation | hallux valgus | bunion
  terms: hindfoot malalignment | hindfoot valgus | hindfoot varus | foot malalignment
  terms: hallux rigidus | hallux limitus | claw toe | hammer toe | foot malposition
  terms: clubfoot | cavovarus foot | planovalgus foot

concept leg-length-discrepancy
  name: Leg length discrepancy
  role: cause
  category: mechanical
  terms: leg length discrepancy | leg-length inequality | limb length discrepancy | unequal leg length
  terms: LLD | limb length inequality

concept training-surface
  name: Training surface
  role: cause
  category: mechanical
  terms: hard surface | running on hard surfaces | training on hard surfaces | change in training surface
  terms: change of training surface | training surface | uneven terrain | uneven surface | hard ground
  terms: running surface | running on concrete | running on roads | hard floors

concept labral-tear
  name: Labral tear
  role: cause
  category: traumatic
  terms: labral tear | hip labral tear | acetabular labral tear | labrum tear | torn labrum
  terms: SLAP tear | SLAP lesion | glenoid labrum tear | labral injury

concept tfcc-tear
  name: TFCC tear
  role: cause
  category: traumatic
  terms: triangular fibrocartilage complex tear | TFCC tear | TFCC injury | TFCC lesion

concept vasculitis
  name: Vasculitis
  role: cause
  category: vascular
  terms: vasculitis | vasculopathy | Behcet disease | Behcet syndrome | giant cell arteritis
  terms: polyarteritis nodosa | inflammatory vascular disease

concept atherosclerosis
  name: Atherosclerosis and arterial disease
  role: cause
  category: vascular
  terms: atherosclerosis | arteriosclerosis | peripheral arterial disease | peripheral artery disease
  terms: peripheral vascular disease | PAD | hardening of the arteries | arterial disease
  terms: small vessel disease | microvascular disease | microangiopathy | endothelial dysfunction
  terms: vasospasm | vasoconstriction

concept systemic-sclerosis
  name: Systemic sclerosis
  role: cause
  category: inflammatory
  terms: systemic sclerosis | scleroderma

concept bursitis
  name: Bursitis
  role: cause
  category: inflammatory
  terms: bursitis | bursal inflammation | trochanteric bursitis | prepatellar bursitis
  terms: retrocalcaneal bursitis | pes anserine bursitis

concept estrogen-deficiency
  name: Estrogen deficiency and menopause
  role: cause
  category: endocrine
  terms: estrogen deficiency | low estrogen | hypoestrogenism | estrogen loss | menopause
  terms: postmenopausal | post-menopausal | postmenopause | perimenopause | early menopause
  terms: premature menopause | surgical menopause | oophorectomy | menopausal

concept hypogonadism
  name: Hypogonadism
  role: cause
  category: endocrine
  terms: hypogonadism | low testosterone | testosterone deficiency | androgen deficiency
  terms: androgen deprivation therapy | ADT | GnRH agonist

concept aromatase-inhibitor
  name: Aromatase inhibitors
  role: cause
  category: iatrogenic
  terms: aromatase inhibitor | anastrozole | letrozole | exemestane

concept anticonvulsant-drugs
  name: Anticonvulsant drugs
  role: cause
  category: iatrogenic
  # drug-induced osteomalacia and bone loss
  terms: anticonvulsant | antiepileptic drug | antiepileptic | phenytoin | carbamazepine
  terms: phenobarbital | enzyme-inducing antiepileptic

concept bone-loss-medication
  name: Medications that weaken bone
  role: cause
  category: iatrogenic
  # Drug classes the osteoporosis literature lists as causes of secondary bone loss and
  # fragility/insufficiency fractures (besides glucocorticoids, anticonvulsants and aromatase
  # inhibitors, which have their own concepts): acid suppressants, glitazones, SSRIs, depot
  # contraceptive progestin, excess thyroid hormone, loop diuretics, long-term heparin.
  terms: proton pump inhibitor | PPI | PPIs | omeprazole | esomeprazole | pantoprazole | lansoprazole
  terms: thiazolidinedione | glitazone | pioglitazone | rosiglitazone
  terms: selective serotonin reuptake inhibitor | SSRI | SSRIs
  terms: depot medroxyprogesterone acetate | medroxyprogesterone | Depo-Provera
  terms: excess thyroid hormone | thyroid hormone excess | levothyroxine overtreatment
  terms: loop diuretic | furosemide | long-term heparin
  terms: bone-weakening medication | medications that weaken bone | drugs that cause bone loss

concept granulocyte-colony-stimulating-factor
  name: Granulocyte colony-stimulating factor
  role: cause
  category: iatrogenic
  # Marrow reconversion and edema-like marrow signal after G-CSF (radiology of marrow
  # stimulation; also bone pain as its known side effect).
  terms: granulocyte colony-stimulating factor | G-CSF | filgrastim | pegfilgrastim | Neupogen
  terms: Neulasta | hematopoietic growth factor | colony-stimulating factor

concept orthopedic-implant
  name: Orthopedic implant and its loosening
  role: cause
  category: iatrogenic
  # Periprosthetic and peri-implant marrow changes: loosening, stress shielding, wear particles.
  terms: implant loosening | prosthetic loosening | aseptic loosening | loosening of the prosthesis
  terms: loose prosthesis | loose implant | hardware failure | orthopedic hardware | stress shielding
  terms: periprosthetic osteolysis | particle disease | wear particles | polyethylene wear
  terms: periprosthetic fracture

concept occupational-load
  name: Occupational load
  role: cause
  category: mechanical
  # Occupation-specific loading (heavy labour, kneeling, squatting work) in the bone stress and
  # knee osteoarthritis literature.
  terms: occupational overload | occupational loading | kneeling work | frequent kneeling
  terms: repetitive kneeling | prolonged kneeling | squatting work | frequent squatting
  terms: heavy manual labor | heavy physical labor | manual work | heavy manual work
  terms: construction work | carrying heavy loads | heavy loads | load carriage

concept drug-induced
  name: Drug-induced
  role: cause
  category: iatrogenic
  terms: medication side effect
  terms: side effect of medication | drug side effect | adverse drug reaction | adverse drug effect
  terms: drug-induced | medication-induced | drug toxicity | long-term medication use
  terms: long-term use of medication | long-term use of certain medications
  terms: drug-related | medication-related | medication-associated | drug-associated

concept postoperative-state
  name: Postoperative
  role: cause
  category: iatrogenic
  # postoperative BME after arthroscopy, osteotomy and joint surgery (Starr 2008, iatrogenic)
  terms: postoperative | post-operative | post-surgical | postsurgical | surgical trauma
  terms: previous surgery | prior surgery | recent surgery | surgical complication
  terms: postoperative complication | operative trauma | joint surgery | knee surgery | foot surgery
  modifier: postoperative | postsurgical

concept disuse
  name: Disuse and immobility
  role: cause
  category: metabolic
  terms: disuse | disuse osteoporosis | disuse osteopenia | prolonged immobilization
  terms: prolonged bed rest | prolonged immobility | lack of movement | inactivity | physical inactivity
  terms: sedentary lifestyle | sedentary | lack of exercise | lack of physical activity | unloading-induced
  terms: immobility | paralysis | lack of weight-bearing | lack of loading

concept neurologic-injury
  name: Neurological injury and neuropathy
  role: cause
  category: neurologic
  # CRPS and neuropathic arthropathy follow nerve injury, stroke and neuropathy
  terms: stroke | hemiplegia | spinal cord injury | paraplegia | nerve injury | nerve damage
  terms: peripheral nerve injury | neurological disorder | neurologic disease | neurological disease
  terms: peripheral neuropathy | neuropathy | diabetic neuropathy | polyneuropathy | nerve compression

concept malabsorption
  name: Malabsorption
  role: cause
  category: metabolic
  terms: malabsorption | celiac disease | celiac sprue | gluten enteropathy | bariatric surgery
  terms: gastric bypass | short bowel syndrome | gastrointestinal malabsorption | malabsorption syndrome

concept amyloidosis
  name: Amyloidosis
  role: cause
  category: metabolic
  terms: amyloidosis | dialysis-related amyloidosis | amyloid arthropathy | beta-2 microglobulin amyloidosis

concept osteogenesis-imperfecta
  name: Osteogenesis imperfecta
  role: cause
  category: genetic
  terms: osteogenesis imperfecta | brittle bone disease

concept metabolic-syndrome
  name: Metabolic syndrome
  role: cause
  category: metabolic
  terms: metabolic syndrome | syndrome X

concept age
  name: Age
  role: cause
  category: other
  terms: older age | advanced age | increasing age | old age | aging | advancing age | age-related
  terms: being older | older adult | elderly

concept genetic-predisposition
  name: Genetic predisposition
  role: cause
  category: genetic
  terms: genetic predisposition | genetic factor | genetic susceptibility | hereditary factor
  terms: genetic disposition | inherited predisposition | genetic variant | gene polymorphism
  terms: genetic cause
  terms: hereditary disorder | inherited disorder | hereditary condition | inherited condition

# ---------------------------------------------------------------------------------------------
# Aetiology classes and conditions from review aetiology tables (iatrogenic BME after
# procedures and drugs; dysplasia and sesamoid overload; the osteochondroses; liver disease and pancreatitis among the systemic risk factors of
# osteonecrosis)
# ---------------------------------------------------------------------------------------------

concept iatrogenic-causes
  name: Iatrogenic causes
  role: cause
  category: iatrogenic
  terms: iatrogenic cause | iatrogenic factor | iatrogenic injury | iatrogenic damage
  terms: iatrogenic trauma | iatrogenic complication | medical treatment side effect
  modifier: iatrogenic

concept hip-dysplasia
  name: Hip dysplasia
  role: cause
  category: mechanical
  terms: hip dysplasia | developmental dysplasia of the hip | DDH | acetabular dysplasia
  terms: dysplastic hip | shallow hip socket | borderline hip dysplasia | congenital hip dysplasia
  terms: slipped capital femoral epiphysis | SCFE

concept sesamoiditis
  name: Sesamoiditis
  role: cause
  category: mechanical
  terms: sesamoiditis | sesamoid injury | sesamoid overload | sesamoid stress reaction
  terms: sesamoid fracture | sesamoid pain syndrome

concept osteochondrosis
  name: Osteochondrosis
  role: cause
  category: ischemic
  terms: osteochondrosis | juvenile osteochondrosis
  terms: epiphyseal osteonecrosis | juvenile osteonecrosis
  terms: Panner disease | Scheuermann disease

concept liver-disease
  name: Liver disease
  role: cause
  category: metabolic
  terms: liver disease | chronic liver disease | cirrhosis | liver cirrhosis | hepatic disease
  terms: hepatic cirrhosis | fatty liver disease | hepatic osteodystrophy

concept pancreatitis
  name: Pancreatitis
  role: cause
  category: ischemic
  terms: pancreatitis | acute pancreatitis | chronic pancreatitis | pancreatic disease
