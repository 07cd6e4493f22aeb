// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "./HubBase.sol";

/// @title HubBatch: the batched path of Proof-of-Contribution.
/// @notice A batched deal's workers sign their contributions off chain (EIP-712 Contribution)
///         and hand them to the scheduler, which settles many tasks in one call: the hub
///         checks every signature, recomputes each task's consensus from the contributions
///         with the per-task path's math, pays as finalize does, seizes losers' stakes from
///         their bonds (HubBonds), and keeps one bit per task (settled or claimed) instead of
///         a task record. A worker's moves, score and bond are added up in memory and written
///         once per batch; the requester's and the owners' once per run of tasks of one deal.
///         A batch with any invalid task reverts as a whole. Settling a batch is the same as
///         settling its tasks one by one in its order: a worker's weight in a task comes from
///         its score after the batch's earlier tasks.
abstract contract HubBatch is HubBase, IHubBatch {
    uint256 private constant MAX_CONTRIBUTIONS = 255; // a task's; keeps total·trust within 256 bits
    uint256 private constant MAX_GROUP = (uint256(1) << 224) - 1; // contribute's bound
    uint256 private constant HALF_ORDER = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    uint256 private constant S_MASK = (uint256(1) << 255) - 1;
    uint256 private constant LOW64 = (uint256(1) << 64) - 1;
    uint256 private constant WINNER = uint256(1) << 128;
    uint256 private constant SHARES = 136; // a winner's record keeps floor(log2(weight)) from here
    uint256 private constant NO_WORD = type(uint256).max;

    uint256 private constant SCORE_READ = 1;
    uint256 private constant SCORE_CHANGED = 2;
    uint256 private constant BOND_READ = 4;
    uint256 private constant BOND_CHANGED = 8;

    /// @dev What a batch does to one of its workers (settle's `workers`, same index).
    struct Party {
        uint256 credit; // to its balance
        uint256 debit; // from its frozen funds (seized stakes)
        uint256 score; // its running score, once SCORE_READ
        uint256 bonded; // its running bond to the batch's workerpool, once BOND_READ
        uint256 unbonding;
        uint256 lastTask; // the batch ordinal of the last task it contributed to
        uint256 flags;
    }

    /// @dev The batch, and the deal (and bitmap word) of its current run of tasks.
    struct Batch {
        Party[] parties;
        uint256[] scratch; // per contribution of a task: worker index | weight << 64 | WINNER | shares << SHARES
        bytes32 separator;
        address workerpool;
        uint256 callbacks;
        uint256 schedulerCredit; // its rewards, to its balance
        uint256 schedulerStakes; // its stakes, from its frozen funds back to its balance
        bytes32 dealid;
        address requester;
        uint256 volume;
        uint256 trust;
        uint256 finalDeadline;
        address appOwner;
        uint256 appPrice;
        address datasetOwner;
        uint256 datasetPrice;
        uint256 poolPrice;
        uint256 stake;
        uint256 rewardRatio;
        address callback;
        uint256 tasks; // settled in this run, not yet paid for
        uint256 word; // the bitmap word held in `bits`, NO_WORD for none
        uint256 bits;
        // the current task
        uint256 ordinal; // 1 + its place in the batch
        bytes32 taskid;
        bytes32 digest;
        bytes32 win; // keccak256(taskid ‖ digest), the winners' result hash
    }

    // ---------------------------------------------------------------- settle

    /// @notice Settles tasks of batched deals (all of one workerpool, sent by their
    ///         scheduler), each from its digest and the signed contributions counted for it.
    ///         `workers` lists every contributing worker once, in ascending order; a
    ///         contribution names its worker by index in it.
    function settle(address[] calldata workers, TaskSettlement[] calldata tasks) external {
        uint256 n = tasks.length;
        require(n > 0, "hub: empty batch");
        // Ascending: no worker twice, and only the first could be zero, which no signature
        // recovers (an invalid one recovers zero).
        require(workers.length == 0 || workers[0] != address(0), "hub: zero worker");
        for (uint256 i = 1; i < workers.length; i++) {
            require(workers[i - 1] < workers[i], "hub: workers not in ascending order");
        }
        Batch memory b;
        b.parties = new Party[](workers.length);
        b.separator = _domainSeparator();
        b.word = NO_WORD;
        for (uint256 i = 0; i < n; i++) {
            TaskSettlement calldata t = tasks[i];
            if (i == 0 || t.dealid != b.dealid) _openDeal(b, t.dealid);
            _settleTask(b, workers, t, i + 1);
        }
        _closeDeal(b);
        _writeWorkers(b, workers);
        _unlockAndCredit(msg.sender, b.schedulerStakes, b.schedulerCredit);
        // Callbacks last, every write done: a callee that calls back into the hub sees a
        // finished batch.
        if (b.callbacks > 0) _deliverAll(tasks);
    }

    function _openDeal(Batch memory b, bytes32 dealid) private {
        _closeDeal(b);
        Deal storage d = _deals[dealid];
        require(d.batched, "hub: not a batched deal");
        require(d.scheduler == msg.sender, "hub: not the scheduler");
        address pool = d.workerpool;
        if (b.workerpool == address(0)) b.workerpool = pool;
        else require(pool == b.workerpool, "hub: a batch settles the deals of one workerpool");
        b.dealid = dealid;
        b.requester = d.requester;
        b.volume = d.volume;
        uint256 trust = d.trust;
        b.trust = trust == 0 ? 1 : trust;
        b.finalDeadline = uint256(d.startTime) + FINAL_DEADLINE_RATIO * uint256(d.timeRef);
        b.appOwner = d.appOwner;
        b.appPrice = d.appPrice;
        b.datasetOwner = d.datasetOwner;
        b.datasetPrice = d.datasetPrice;
        uint256 price = d.poolPrice;
        b.poolPrice = price;
        b.stake = price * d.workerStakeRatio / 100;
        b.rewardRatio = d.schedulerRewardRatio;
        b.callback = d.callback;
    }

    /// @dev Writes the held bitmap word and books the run's prices: the requester's frozen
    ///      prices are spent, the app and dataset owners paid, the scheduler's stakes freed.
    function _closeDeal(Batch memory b) private {
        if (b.word != NO_WORD) {
            _batchDone[b.dealid][b.word] = b.bits;
            b.word = NO_WORD;
        }
        uint256 n = b.tasks;
        if (n == 0) return;
        b.tasks = 0;
        _seize(b.requester, n * (b.appPrice + b.datasetPrice + b.poolPrice));
        _credit(b.appOwner, n * b.appPrice);
        _credit(b.datasetOwner, n * b.datasetPrice);
        b.schedulerStakes += n * (b.poolPrice * SCHEDULER_STAKE_RATIO / 100);
    }

    function _settleTask(Batch memory b, address[] calldata workers, TaskSettlement calldata t, uint256 ordinal) private {
        uint256 idx = t.idx;
        require(idx < b.volume, "hub: task index out of range");
        require(block.timestamp < b.finalDeadline, "hub: final deadline passed");
        uint256 word = idx >> 8;
        if (word != b.word) {
            if (b.word != NO_WORD) _batchDone[b.dealid][b.word] = b.bits;
            b.word = word;
            b.bits = _batchDone[b.dealid][word];
        }
        uint256 bit = uint256(1) << (idx & 255);
        require(b.bits & bit == 0, "hub: task already settled or claimed");
        b.bits |= bit;
        bytes32 taskid = _hashPair(b.dealid, bytes32(idx));
        bytes32 digest = t.digest;
        b.ordinal = ordinal;
        b.taskid = taskid;
        b.digest = digest;
        b.win = _hashPair(taskid, digest);
        if (b.callback != address(0)) {
            require(t.resultsCallback.length <= MAX_CALLBACK_DATA, "hub: callback data over 16384 bytes");
            require(_hashCalldata(t.resultsCallback) == digest, "hub: callback data does not match the digest");
            b.callbacks++;
        }
        uint256 nv = t.votes.length;
        uint256 n = nv + t.others.length;
        require(n > 0 && n <= MAX_CONTRIBUTIONS, "hub: 1 to 255 contributions a task");
        if (b.scratch.length < n) b.scratch = new uint256[](n);
        uint256 group = _countVotes(b, workers, t.votes);
        uint256 others;
        if (nv < n) (group, others) = _countOthers(b, workers, t.others, nv, group);
        uint256 total = 1 + group + others;
        uint256 trust = b.trust;
        require(group > 0 && group * trust > total * (trust - 1), "hub: no consensus");
        _pay(b, workers, taskid, n);
        b.tasks++;
        emit TaskSettled(taskid, digest, t.results);
    }

    /// @dev Checks the votes for the digest (signature over the derived hash and seal, worker
    ///      not repeated in the task, bond) and returns their group's weight, the product of
    ///      the voters' weights. Consensus is then decided counting every contribution:
    ///      group · trust > total · (trust − 1), total = 1 + Σ groups, as contribute decides.
    function _countVotes(Batch memory b, address[] calldata workers, SignedVote[] calldata votes) private view returns (uint256 group) {
        uint256[] memory rec = b.scratch;
        for (uint256 i = 0; i < votes.length; i++) {
            SignedVote calldata v = votes[i];
            (uint256 k, address worker) = _worker(b, workers, v.worker);
            bytes32 seal = _seal(worker, b.taskid, b.digest);
            require(_contributionSigner(b, b.win, seal, v.r, v.vs) == worker, "hub: invalid contribution signature");
            uint256 w = _counted(b, k, worker);
            group = group == 0 ? w : group * w;
            require(group <= MAX_GROUP, "hub: group weight overflow");
            rec[i] = k | (w << 64) | WINNER | (_log2(w) << SHARES);
        }
    }

    /// @dev Checks the other contributions as _countVotes does (one for the digest must carry
    ///      the digest's seal: the reveal's proof that its worker knew the digest), adds the
    ///      ones for the digest to its group, and sums the groups of every other result hash.
    ///      Their records follow the votes' in b.scratch, from offset.
    function _countOthers(Batch memory b, address[] calldata workers, SignedContribution[] calldata cs, uint256 offset, uint256 group)
        private
        view
        returns (uint256, uint256)
    {
        uint256[] memory rec = b.scratch;
        for (uint256 i = 0; i < cs.length; i++) {
            SignedContribution calldata c = cs[i];
            (uint256 k, address worker) = _worker(b, workers, c.worker);
            bytes32 h = c.resultHash;
            bool winner = h == b.win;
            if (winner) require(c.resultSeal == _seal(worker, b.taskid, b.digest), "hub: seal does not match the digest");
            require(_contributionSigner(b, h, c.resultSeal, c.r, c.vs) == worker, "hub: invalid contribution signature");
            uint256 w = _counted(b, k, worker);
            if (winner) {
                group = group == 0 ? w : group * w;
                require(group <= MAX_GROUP, "hub: group weight overflow");
            }
            rec[offset + i] = k | (w << 64) | (winner ? WINNER | (_log2(w) << SHARES) : 0);
        }
        return (group, _otherGroups(cs, rec, offset));
    }

    /// @dev A counted contribution's weight, from its worker's running score; its worker's
    ///      bond must still hold one stake (after what the batch's earlier tasks seized), as
    ///      contribute locks one.
    function _counted(Batch memory b, uint256 k, address worker) private view returns (uint256 w) {
        Party memory p = b.parties[k];
        if (p.flags & SCORE_READ == 0) {
            p.score = _scores[worker];
            p.flags |= SCORE_READ;
        }
        w = _weight(p.score);
        require(w <= type(uint32).max, "hub: score too large");
        uint256 stake = b.stake;
        if (stake == 0) return w;
        if (p.flags & BOND_READ == 0) {
            Bond storage s = _bonds[worker][b.workerpool];
            p.bonded = s.bonded;
            p.unbonding = s.unbonding;
            p.flags |= BOND_READ;
        }
        require(p.bonded + p.unbonding >= stake, "hub: worker bond below its stake");
    }

    /// @dev The worker of a contribution: its index in `workers`, checked, marked as counted
    ///      in the current task (a second contribution is refused).
    function _worker(Batch memory b, address[] calldata workers, uint256 k) private pure returns (uint256, address) {
        require(k < workers.length, "hub: worker index out of range");
        Party memory p = b.parties[k];
        require(p.lastTask != b.ordinal, "hub: duplicated worker");
        p.lastTask = b.ordinal;
        return (k, workers[k]);
    }

    /// @dev The sum of the group weights of every result hash of cs but the digest's (whose
    ///      records, in rec from offset, lack WINNER).
    function _otherGroups(SignedContribution[] calldata cs, uint256[] memory rec, uint256 offset) private pure returns (uint256 sum) {
        uint256 n = cs.length;
        for (uint256 i = 0; i < n; i++) {
            if (rec[offset + i] & WINNER != 0) continue;
            bytes32 h = cs[i].resultHash;
            bool counted;
            for (uint256 j = 0; j < i && !counted; j++) {
                counted = rec[offset + j] & WINNER == 0 && cs[j].resultHash == h;
            }
            if (counted) continue;
            uint256 g = (rec[offset + i] >> 64) & LOW64;
            for (uint256 k = i + 1; k < n; k++) {
                if (rec[offset + k] & WINNER == 0 && cs[k].resultHash == h) {
                    g *= (rec[offset + k] >> 64) & LOW64;
                    require(g <= MAX_GROUP, "hub: group weight overflow");
                }
            }
            sum += g;
        }
    }

    /// @dev Pays a task as _reward does: losers' stakes (from their bonds) join the workers'
    ///      pot, the scheduler takes its share, winners split the rest by floor(log2(weight)).
    function _pay(Batch memory b, address[] calldata workers, bytes32 taskid, uint256 n) private {
        uint256[] memory rec = b.scratch;
        uint256 stake = b.stake;
        uint256 pot = b.poolPrice;
        uint256 shares;
        for (uint256 i = 0; i < n; i++) {
            uint256 r = rec[i];
            if (r & WINNER != 0) {
                shares += r >> SHARES;
                continue;
            }
            uint256 k = r & LOW64;
            Party memory p = b.parties[k];
            if (stake > 0) {
                // Unbonding funds first: a leaving worker's exit shrinks before its bond.
                uint256 fromUnbonding = stake < p.unbonding ? stake : p.unbonding;
                p.unbonding -= fromUnbonding;
                p.bonded -= stake - fromUnbonding;
                p.debit += stake;
                p.flags |= BOND_CHANGED;
                pot += stake;
            }
            p.score = p.score * 2 / 3;
            p.flags |= SCORE_CHANGED;
            emit StakeSeized(taskid, workers[k], stake);
        }
        uint256 forWinners = pot - pot * b.rewardRatio / 100;
        uint256 paid;
        for (uint256 i = 0; i < n; i++) {
            uint256 r = rec[i];
            if (r & WINNER == 0) continue;
            Party memory p = b.parties[r & LOW64];
            uint256 share = forWinners * (r >> SHARES) / shares;
            p.credit += share;
            paid += share;
            if (n > 1) {
                p.score += 1;
                p.flags |= SCORE_CHANGED;
            }
        }
        b.schedulerCredit += pot - paid;
    }

    /// @dev One write (and event) per worker account, score and bond the batch changed.
    function _writeWorkers(Batch memory b, address[] calldata workers) private {
        for (uint256 i = 0; i < workers.length; i++) {
            Party memory p = b.parties[i];
            address a = workers[i];
            if (p.credit != 0 || p.debit != 0) {
                Account storage acc = _accounts[a];
                uint256 balance = uint256(acc.balance) + p.credit;
                uint256 frozen = uint256(acc.frozen) - p.debit;
                acc.balance = _u128(balance);
                acc.frozen = uint128(frozen);
                emit AccountUpdated(a, balance, frozen);
            }
            uint256 flags = p.flags;
            if (flags & SCORE_CHANGED != 0) {
                _scores[a] = p.score;
                emit ScoreUpdated(a, p.score);
            }
            if (flags & BOND_CHANGED != 0) {
                Bond storage s = _bonds[a][b.workerpool];
                s.bonded = uint128(p.bonded);
                s.unbonding = uint128(p.unbonding);
                emit BondUpdated(a, b.workerpool, p.bonded, p.unbonding, s.releaseTime);
            }
        }
    }

    function _deliverAll(TaskSettlement[] calldata tasks) private {
        for (uint256 i = 0; i < tasks.length; i++) {
            TaskSettlement calldata t = tasks[i];
            address callback = _deals[t.dealid].callback;
            if (callback != address(0)) _callBack(_hashPair(t.dealid, bytes32(t.idx)), callback, t.resultsCallback);
        }
    }

    /// @dev receiveResult(taskid, data) with CALLBACK_GAS, as finalize's callback, built in
    ///      scratch memory (no allocation per task).
    function _callBack(bytes32 taskid, address callback, bytes calldata data) private {
        require(gasleft() >= CALLBACK_GAS * 64 / 63 + 10_000, "hub: not enough gas for the callback");
        bytes4 selector = IOracleConsumer.receiveResult.selector;
        uint256 budget = CALLBACK_GAS;
        bool ok;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, selector)
            mstore(add(p, 4), taskid)
            mstore(add(p, 36), 0x40)
            mstore(add(p, 68), data.length)
            calldatacopy(add(p, 100), data.offset, data.length)
            mstore(add(add(p, 100), data.length), 0)
            ok := call(budget, callback, 0, p, add(100, and(add(data.length, 31), not(31))), 0, 0)
        }
        emit CallbackDelivered(taskid, callback, ok);
    }

    // ---------------------------------------------------------------- claims and views

    /// @notice Refunds tasks of batched deals never settled, after their final deadline, as
    ///         claimArray does for the per-task path (no worker stake is involved: bonds stay).
    function claimBatched(bytes32[] calldata dealids, uint256[] calldata idxs) external {
        require(dealids.length == idxs.length, "hub: array lengths differ");
        for (uint256 i = 0; i < dealids.length; i++) {
            _claimBatched(dealids[i], idxs[i]);
        }
    }

    function _claimBatched(bytes32 dealid, uint256 idx) private {
        Deal storage d = _deals[dealid];
        require(d.batched, "hub: not a batched deal");
        require(idx < d.volume, "hub: task index out of range");
        uint256 word = idx >> 8;
        uint256 bit = uint256(1) << (idx & 255);
        uint256 done = _batchDone[dealid][word];
        require(done & bit == 0, "hub: task already settled or claimed");
        _batchDone[dealid][word] = done | bit;
        _batchClaimed[dealid][word] |= bit;
        _refund(d);
        emit TaskClaimed(_hashPair(dealid, bytes32(idx)));
    }

    /// @notice The settled-or-claimed and the claimed bits of 256 tasks of a batched deal.
    function viewBatchBits(bytes32 dealid, uint256 word) external view returns (BatchBitsView memory) {
        return BatchBitsView({done: _batchDone[dealid][word], claimed: _batchClaimed[dealid][word]});
    }

    // ---------------------------------------------------------------- hashing

    function _hashPair(bytes32 x, bytes32 y) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0, x)
            mstore(32, y)
            h := keccak256(0, 64)
        }
    }

    /// @dev keccak256(abi.encodePacked(worker, taskid, digest)), as reveal checks it.
    function _seal(address worker, bytes32 taskid, bytes32 digest) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, shl(96, worker))
            mstore(add(p, 20), taskid)
            mstore(add(p, 52), digest)
            h := keccak256(p, 84)
        }
    }

    function _hashCalldata(bytes calldata data) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, data.offset, data.length)
            h := keccak256(p, data.length)
        }
    }

    /// @dev Who signed Contribution(taskid, resultHash, resultSeal) with the EIP-2098 compact
    ///      signature (r, vs); zero for a malleable (high s) or invalid signature.
    function _contributionSigner(Batch memory b, bytes32 resultHash, bytes32 seal, bytes32 r, bytes32 vs)
        private
        view
        returns (address signer)
    {
        bytes32 separator = b.separator;
        bytes32 taskid = b.taskid;
        uint256 s = uint256(vs) & S_MASK;
        if (s > HALF_ORDER) return address(0);
        uint256 v = 27 + (uint256(vs) >> 255);
        bytes32 typehash = CONTRIBUTION_TYPEHASH;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, typehash)
            mstore(add(p, 32), taskid)
            mstore(add(p, 64), resultHash)
            mstore(add(p, 96), seal)
            let structHash := keccak256(p, 128)
            mstore(p, shl(240, 0x1901))
            mstore(add(p, 2), separator)
            mstore(add(p, 34), structHash)
            mstore(p, keccak256(p, 66))
            mstore(add(p, 32), v)
            mstore(add(p, 64), r)
            mstore(add(p, 96), s)
            mstore(0, 0)
            if staticcall(gas(), 1, p, 128, 0, 32) { signer := mload(0) }
        }
    }
}
