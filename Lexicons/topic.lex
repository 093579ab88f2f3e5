# Topic of the shipped knowledge base: bone marrow edema.
#
# Claims default to this concept as their object. Only names of the finding or syndrome itself
# belong here; what produces it (bone bruise, transient osteoporosis, osteonecrosis, fractures)
# lives in causes.lex. British spellings (oedema) are mapped by spelling.txt, plurals are folded
# (lesions, BMEs, BMLs), hyphen and space variants are equal.
#
# Names follow the radiological and clinical literature: "bone marrow edema" and "bone marrow
# edema syndrome" (Starr et al. 2008; Baumbach et al. 2020), "bone marrow lesion" and
# "bone marrow edema-like lesion" (the osteoarthritis literature, e.g. Kon et al. 2016),
# "edema-like marrow signal intensity" (radiology usage), "transient bone marrow edema".

concept bone-marrow-edema
  name: Bone marrow edema
  role: topic
  category: topic
  terms: bone marrow edema | marrow edema | edema of the bone marrow | bone marrow swelling
  terms: bone edema | subchondral edema
  terms: bone marrow edema syndrome | BME syndrome | transient bone marrow edema
  terms: transient bone marrow edema syndrome | transient marrow edema
  terms: bone marrow edema pattern | bone marrow edema-like lesion | bone marrow edema-like signal
  terms: edema-like marrow signal | edema-like marrow signal intensity
  terms: bone marrow lesion | subchondral bone marrow lesion | subchondral bone marrow edema
  terms: BME | BMES | BML
  # Written bare ("the edema", "these lesions") in an article that names the topic, these stand
  # for it; with another word before them ("leg edema", "cartilage lesions") they do not.
  shorthand: edema | lesion | marrow lesion | marrow signal
