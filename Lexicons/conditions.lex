# Other conditions that appear as the object of a claim in bone marrow edema articles
# ("chemotherapy treats cancer", "from sinus infections and high blood pressure") and are not
# causes of BME themselves. Causes that can also be objects (cancer, osteonecrosis) stay in
# causes.lex. "edema" here is edema in general; "bone marrow edema" is the topic and wins by
# longest match.

concept edema
  name: Edema
  role: condition
  category: other
  terms: edema | fluid retention | soft tissue edema | peripheral edema | tissue swelling

concept lymphedema
  name: Lymphedema
  role: condition
  category: other
  terms: lymphedema

concept hypertension
  name: High blood pressure
  role: condition
  category: other
  terms: high blood pressure | hypertension | elevated blood pressure

concept heart-failure
  name: Heart failure
  role: condition
  category: other
  terms: heart failure | congestive heart failure | cardiac failure

concept sinus-infection
  name: Sinus infection
  role: condition
  category: other
  terms: sinus infection | sinusitis

concept fever
  name: Fever
  role: condition
  category: other
  terms: fever | pyrexia

concept anemia
  name: Anemia
  role: condition
  category: other
  terms: anemia


concept bone-erosion
  name: Bone erosion
  role: condition
  category: other
  terms: bone erosion | erosion
