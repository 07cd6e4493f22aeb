// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// The four orders of the market (EIP-712 typed data; `sign` is not part of the typed data: it
// holds the 65-byte signature, or is empty for an order presigned on chain).

struct AppOrder {
    address app;
    uint256 appprice;
    uint256 volume;
    bytes32 tag;
    address datasetrestrict;
    address workerpoolrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct DatasetOrder {
    address dataset;
    uint256 datasetprice;
    uint256 volume;
    bytes32 tag;
    address apprestrict;
    address workerpoolrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct WorkerpoolOrder {
    address workerpool;
    uint256 workerpoolprice;
    uint256 volume;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    address apprestrict;
    address datasetrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct RequestOrder {
    address app;
    uint256 appmaxprice;
    address dataset;
    uint256 datasetmaxprice;
    address workerpool;
    uint256 workerpoolmaxprice;
    address requester;
    uint256 volume;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    address beneficiary;
    address callback;
    string params;
    bytes32 salt;
    bytes sign;
}

/// @notice A deal as the hub stores it (the full orders are in the DealCreated event).
struct DealView {
    address requester;
    uint256 volume;
    uint256 trust;
    uint256 startTime;
    uint256 category;
    uint256 timeRef;
    address appOwner;
    uint256 appPrice;
    address datasetOwner;
    uint256 datasetPrice;
    address scheduler;
    uint256 workerpoolPrice;
    uint256 workerStakeRatio;
    uint256 schedulerRewardRatio;
    uint256 schedulerStake;
    uint256 workerStake;
    address callback;
}

struct TaskView {
    uint256 status;
    bytes32 dealid;
    uint256 idx;
    uint256 contributionDeadline;
    uint256 revealDeadline;
    uint256 finalDeadline;
    bytes32 consensusValue;
    bytes32 resultDigest;
    uint256 contributorCount;
    uint256 winnerCount;
    uint256 revealCount;
    uint256 total;
    uint256 epoch;
    address[] contributors;
}

struct ContributionView {
    uint256 status;
    uint256 weight;
    uint256 epoch;
    bytes20 seal;
}

struct CategoryView {
    string name;
    string description;
    uint256 timeRef;
}

struct AccountView {
    uint256 balance;
    uint256 frozen;
}

struct AppView {
    address owner;
    uint8 kind;
    bytes32 checksum;
    bytes32 metaHash;
}

struct DatasetView {
    address owner;
    bytes32 checksum;
    bytes32 metaHash;
}

struct WorkerpoolView {
    address owner;
    uint256 workerStakeRatio;
    uint256 schedulerRewardRatio;
    bytes32 metaHash;
}
