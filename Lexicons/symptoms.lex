# Symptoms and signs of bone marrow edema.
#
# These are recognised so that they are never mistaken for causes or treatments; a claim can
# still use them ("BME causes pain" is symptom_of). Sources: Cleveland Clinic (pain, joint
# effusion, warm joints), Baumbach et al. 2020 (load-dependent and night pain, limping),
# Radiopaedia.

concept pain
  name: Pain
  role: symptom
  category: pain
  terms: pain | ache | aching | soreness | discomfort

concept bone-pain
  name: Bone pain
  role: symptom
  category: pain
  terms: bone pain | deep bone pain

concept joint-pain
  name: Joint pain
  role: symptom
  category: pain
  terms: joint pain | arthralgia | knee pain | hip pain | ankle pain | foot pain | groin pain

concept back-pain
  name: Back pain
  role: symptom
  category: pain
  terms: back pain | low back pain | lower back pain

concept load-dependent-pain
  name: Load-dependent pain
  role: symptom
  category: pain
  terms: load-dependent pain | weight-bearing pain | pain on weight bearing | pain with weight bearing
  terms: pain on loading | pain with activity

concept night-pain
  name: Night pain
  role: symptom
  category: pain
  terms: night pain | pain at night | nocturnal pain | rest pain | pain at rest

concept swelling
  name: Swelling
  role: symptom
  category: swelling
  terms: swelling | swollen | puffiness

concept joint-effusion
  name: Joint effusion
  role: symptom
  category: swelling
  terms: joint effusion | effusion | swollen joint | knee effusion | fluid in the joint
  terms: water on the knee | hemarthrosis

concept stiffness
  name: Stiffness
  role: symptom
  category: function
  terms: stiffness | joint stiffness | morning stiffness | stiff joint

concept reduced-range-of-motion
  name: Reduced range of motion
  role: symptom
  category: function
  terms: reduced range of motion | limited range of motion | restricted range of motion
  terms: decreased range of motion | limitation in range of motion | loss of motion
  terms: reduced mobility | limited mobility | reduced joint function | loss of function

concept limping
  name: Limping
  role: symptom
  category: function
  terms: limping | limp | antalgic gait | gait disturbance | difficulty walking

concept warmth
  name: Warmth
  role: symptom
  category: inflammation
  terms: warmth | warm joint | warm to the touch

concept redness
  name: Redness
  role: symptom
  category: inflammation
  terms: redness | erythema

concept tenderness
  name: Tenderness
  role: symptom
  category: pain
  terms: tenderness | tender | point tenderness | bone tenderness
