;; The hot loop of SMAA-2 for its most common case (weights unknown, exact scores) in WebAssembly
;; with 128-bit SIMD. Source of src/internal/smaaKernelBinary.ts; rebuild with `npm run kernel`
;; (`npm run kernel:check` fails when the two disagree).
;;
;; JavaScript draws the weight vectors (the seeded generator stays in one place) into this memory;
;; `pass` scores every variant under them, ranks each sample and counts ranks, wins and central
;; weights. The arithmetic is the same, operation for operation, as `firstPassPlain` in smaa.ts:
;; a score sums the products of even criteria in one accumulator and of odd criteria in another
;; (the two lanes of an f64x2), adds a last odd criterion to the first, then adds the two; there is
;; no fused multiply-add. So both paths give bit-identical results for the same seed.
;;
;; Memory layout (byte offsets, chosen by the caller; every f64 array is 8-byte aligned):
;;   base     m × n f64   utilities, row-major (variant × criterion)
;;   w        count × n f64   unnormalised weight vectors, one row per sample
;;   sums     count f64   the sum of each weight vector
;;   counts   m × m f64   counts[i·m + r]: samples in which variant i has rank r + 1
;;   wins     m f64       samples in which variant i is best
;;   central  m × n f64   central[i·n + k]: sum of normalised weight k over the samples i wins
;;   scores   2m f64      scratch: the scores of two samples
;;   ranks    2m i32      scratch
(module
  (memory (export "memory") 1)

  ;; scores of every variant under two weight vectors w1 and w2 (w2 may equal w1)
  (func $score2 (param $m i32) (param $n i32) (param $base i32) (param $w1 i32) (param $w2 i32) (param $scores i32)
    (local $rowBytes i32) (local $evenBytes i32) (local $a i32) (local $k i32) (local $out i32) (local $end i32)
    (local $acc1 v128) (local $acc2 v128) (local $av v128) (local $x0 f64) (local $y0 f64) (local $ak f64)
    (local.set $rowBytes (i32.shl (local.get $n) (i32.const 3)))
    (local.set $evenBytes (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3)))
    (local.set $a (local.get $base))
    (local.set $out (local.get $scores))
    (local.set $end (i32.add (local.get $scores) (i32.shl (local.get $m) (i32.const 3))))
    (block $variantsDone
      (loop $variants
        (br_if $variantsDone (i32.ge_u (local.get $out) (local.get $end)))
        (local.set $acc1 (v128.const f64x2 0 0))
        (local.set $acc2 (v128.const f64x2 0 0))
        (local.set $k (i32.const 0))
        (block $criteriaDone
          (loop $criteria
            (br_if $criteriaDone (i32.ge_u (local.get $k) (local.get $evenBytes)))
            (local.set $av (v128.load align=8 (i32.add (local.get $a) (local.get $k))))
            (local.set $acc1
              (f64x2.add (local.get $acc1)
                (f64x2.mul (local.get $av) (v128.load align=8 (i32.add (local.get $w1) (local.get $k))))))
            (local.set $acc2
              (f64x2.add (local.get $acc2)
                (f64x2.mul (local.get $av) (v128.load align=8 (i32.add (local.get $w2) (local.get $k))))))
            (local.set $k (i32.add (local.get $k) (i32.const 16)))
            (br $criteria)))
        (local.set $x0 (f64x2.extract_lane 0 (local.get $acc1)))
        (local.set $y0 (f64x2.extract_lane 0 (local.get $acc2)))
        ;; an odd number of criteria: the last one joins the even accumulator
        (if (i32.lt_u (local.get $k) (local.get $rowBytes))
          (then
            (local.set $ak (f64.load (i32.add (local.get $a) (local.get $k))))
            (local.set $x0
              (f64.add (local.get $x0) (f64.mul (local.get $ak) (f64.load (i32.add (local.get $w1) (local.get $k))))))
            (local.set $y0
              (f64.add (local.get $y0) (f64.mul (local.get $ak) (f64.load (i32.add (local.get $w2) (local.get $k))))))))
        (f64.store (local.get $out) (f64.add (local.get $x0) (f64x2.extract_lane 1 (local.get $acc1))))
        (f64.store
          (i32.add (local.get $out) (i32.shl (local.get $m) (i32.const 3)))
          (f64.add (local.get $y0) (f64x2.extract_lane 1 (local.get $acc2))))
        (local.set $a (i32.add (local.get $a) (local.get $rowBytes)))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        (br $variants))))

  ;; ranks one sample (a variant's rank is the number of variants above it; ties go to the lower
  ;; index) and counts its ranks, its winner and the winner's normalised weights
  (func $tally (param $m i32) (param $n i32) (param $scores i32) (param $ranks i32) (param $w i32) (param $sum f64)
    (param $counts i32) (param $wins i32) (param $central i32)
    (local $i i32) (local $pi i32) (local $pj i32) (local $rj i32) (local $si f64) (local $ri i32) (local $above i32)
    (local $scoreEnd i32) (local $sj i32) (local $best i32) (local $r i32) (local $p i32) (local $k i32) (local $inv f64)
    (memory.fill (local.get $ranks) (i32.const 0) (i32.shl (local.get $m) (i32.const 2)))
    (local.set $scoreEnd (i32.add (local.get $scores) (i32.shl (local.get $m) (i32.const 3))))
    (local.set $pi (local.get $scores))
    (local.set $i (local.get $ranks))
    (block $iDone
      (loop $is
        (br_if $iDone (i32.ge_u (local.get $pi) (local.get $scoreEnd)))
        (local.set $si (f64.load (local.get $pi)))
        (local.set $ri (i32.load (local.get $i)))
        (local.set $sj (i32.add (local.get $pi) (i32.const 8)))
        (local.set $rj (i32.add (local.get $i) (i32.const 4)))
        (block $jDone
          (loop $js
            (br_if $jDone (i32.ge_u (local.get $sj) (local.get $scoreEnd)))
            (local.set $above (f64.gt (f64.load (local.get $sj)) (local.get $si)))
            (local.set $ri (i32.add (local.get $ri) (local.get $above)))
            (i32.store (local.get $rj)
              (i32.sub (i32.add (i32.load (local.get $rj)) (i32.const 1)) (local.get $above)))
            (local.set $sj (i32.add (local.get $sj) (i32.const 8)))
            (local.set $rj (i32.add (local.get $rj) (i32.const 4)))
            (br $js)))
        (i32.store (local.get $i) (local.get $ri))
        (local.set $pi (i32.add (local.get $pi) (i32.const 8)))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $is)))
    ;; counts[i·m + rank_i] += 1; the variant of rank 0 is the winner
    (local.set $i (i32.const 0))
    (block $countDone
      (loop $count
        (br_if $countDone (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $r (i32.load (i32.add (local.get $ranks) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $p
          (i32.add (local.get $counts)
            (i32.shl (i32.add (i32.mul (local.get $i) (local.get $m)) (local.get $r)) (i32.const 3))))
        (f64.store (local.get $p) (f64.add (f64.load (local.get $p)) (f64.const 1)))
        (if (i32.eqz (local.get $r)) (then (local.set $best (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $count)))
    (local.set $p (i32.add (local.get $wins) (i32.shl (local.get $best) (i32.const 3))))
    (f64.store (local.get $p) (f64.add (f64.load (local.get $p)) (f64.const 1)))
    (local.set $inv (f64.div (f64.const 1) (local.get $sum)))
    (local.set $p (i32.add (local.get $central) (i32.shl (i32.mul (local.get $best) (local.get $n)) (i32.const 3))))
    (local.set $k (i32.const 0))
    (block $centralDone
      (loop $centralLoop
        (br_if $centralDone (i32.ge_u (local.get $k) (local.get $n)))
        (f64.store (local.get $p)
          (f64.add (f64.load (local.get $p))
            (f64.mul (f64.load (i32.add (local.get $w) (i32.shl (local.get $k) (i32.const 3)))) (local.get $inv))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $centralLoop))))

  ;; the first pass over `count` samples whose weight vectors are in w (two samples at a time)
  (func (export "pass") (param $m i32) (param $n i32) (param $count i32) (param $base i32) (param $w i32)
    (param $sums i32) (param $counts i32) (param $wins i32) (param $central i32) (param $scores i32) (param $ranks i32)
    (local $s i32) (local $w1 i32) (local $w2 i32) (local $rowBytes i32) (local $scores2 i32)
    (local.set $rowBytes (i32.shl (local.get $n) (i32.const 3)))
    (local.set $scores2 (i32.add (local.get $scores) (i32.shl (local.get $m) (i32.const 3))))
    (local.set $w1 (local.get $w))
    (block $pairsDone
      (loop $pairs
        (br_if $pairsDone (i32.gt_u (i32.add (local.get $s) (i32.const 2)) (local.get $count)))
        (local.set $w2 (i32.add (local.get $w1) (local.get $rowBytes)))
        (call $score2 (local.get $m) (local.get $n) (local.get $base) (local.get $w1) (local.get $w2) (local.get $scores))
        (call $tally (local.get $m) (local.get $n) (local.get $scores) (local.get $ranks) (local.get $w1)
          (f64.load (i32.add (local.get $sums) (i32.shl (local.get $s) (i32.const 3))))
          (local.get $counts) (local.get $wins) (local.get $central))
        (call $tally (local.get $m) (local.get $n) (local.get $scores2) (local.get $ranks) (local.get $w2)
          (f64.load (i32.add (local.get $sums) (i32.shl (i32.add (local.get $s) (i32.const 1)) (i32.const 3))))
          (local.get $counts) (local.get $wins) (local.get $central))
        (local.set $w1 (i32.add (local.get $w2) (local.get $rowBytes)))
        (local.set $s (i32.add (local.get $s) (i32.const 2)))
        (br $pairs)))
    ;; an odd last sample: the same arithmetic, with its weights in both lanes of the pair
    (if (i32.lt_u (local.get $s) (local.get $count))
      (then
        (call $score2 (local.get $m) (local.get $n) (local.get $base) (local.get $w1) (local.get $w1) (local.get $scores))
        (call $tally (local.get $m) (local.get $n) (local.get $scores) (local.get $ranks) (local.get $w1)
          (f64.load (i32.add (local.get $sums) (i32.shl (local.get $s) (i32.const 3))))
          (local.get $counts) (local.get $wins) (local.get $central))))))
